package org.cmmm.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.cmmm.it.Browser;
import org.cmmm.it.DiagnosisRows;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * In Chromium at 1366×768: support writes a snapshot on the support page; the provincial administrator of Qinghai
 * (a province no other test fills) opens the dashboard on their province, finds the figures the snapshot holds,
 * drills down to 西宁市 and to 城东区, and is refused a region of another province by address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsDashboardJourneyIT {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String PASSWORD = "Dashboard#2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @Test
    void supportWritesASnapshotAndAProvincialAdministratorDrillsDownThroughIt() throws Exception {
        DataSource database = TestData.fromTestJvm();
        TestData data = new TestData(database);
        DiagnosisRows diagnoses = new DiagnosisRows(database);
        for (int i = 0; i < 4; i++) {
            diagnoses.completed(data.enterprise(TestData.unique("城东企业"), "630102"), data.regionPath("630102"));
        }
        data.enterprise(TestData.unique("城中企业"), "630103");
        String support = data.newUser("dashsupport", PASSWORD, "SUPPORT", null, null);
        String admin = data.newUser("qinghai", PASSWORD, "REGION_ADMIN", null, "630000");
        Thread.sleep(1_100); // the run's as-of (whole seconds) after the completions

        long before = data.count("select coalesce(max(id), 0) from statistics_run");
        browser.signIn(support, PASSWORD, "zh_CN");
        browser.open("support/statistics.xhtml");
        browser.click(By.id("runs:start"));
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(until)
                && data.count("select count(*) from statistics_run where id > ? and status = 'COMPLETED'", before) == 0) {
            Thread.sleep(300);
        }
        assertThat(data.count("select count(*) from statistics_run where id > ? and status = 'COMPLETED'", before)).isEqualTo(1);

        browser.signOutByForgetting();
        browser.signIn(admin, PASSWORD, "zh_CN");
        browser.click(By.id("nav-statistics"));
        assertThat(browser.waitFor(By.id("headline-title")).getText()).isEqualTo("青海省");
        assertThat(browser.driver().findElement(By.id("registered")).getText()).isEqualTo("5");
        assertThat(browser.driver().findElement(By.id("diagnosed")).getText()).isEqualTo("4");
        assertThat(browser.driver().findElement(By.id("coverage")).getText()).isEqualTo("80.0%");
        assertThat(browser.driver().findElement(By.id("average")).getText()).isEqualTo("1.00");
        browser.screenshot("statistics-dashboard-province");
        for (String section : new String[] {"children-title", "subdomains-title", "industries-title"}) {
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById(arguments[0]).scrollIntoView()", section);
            browser.screenshot("statistics-dashboard-province-" + section);
        }

        browser.click(By.linkText("西宁市"));
        assertThat(browser.waitFor(By.id("headline-title")).getText()).isEqualTo("西宁市");
        browser.click(By.linkText("城东区"));
        assertThat(browser.waitFor(By.id("headline-title")).getText()).isEqualTo("城东区");
        assertThat(browser.driver().findElement(By.id("diagnosed")).getText()).isEqualTo("4");
        // the comparison with the city: 4 of its 4 diagnosed enterprises are the county's own, so nothing is hidden
        // by difference; the city has fewer than 5, so it is hidden ("样本不足")
        assertThat(browser.driver().findElement(By.id("subdomains")).getText()).contains("样本不足");
        browser.screenshot("statistics-dashboard-county");

        browser.open("statistics/index.xhtml?region=320500");
        assertThat(browser.driver().getPageSource()).doesNotContain("headline-title");
        assertThat(browser.waitFor(By.id("error-title")).getText()).isNotBlank();
    }
}
