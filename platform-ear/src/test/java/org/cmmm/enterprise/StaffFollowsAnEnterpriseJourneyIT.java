package org.cmmm.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * In Chromium at 1366×768, staff follow an enterprise (issue 15, points 2, 3 and 7): each role signs in to where
 * its work is, or to the page that asked for the sign-in; support finds the enterprise (its region
 * listed by its whole path, the USCC column's header in a font stack that has Chinese), opens it, finds its
 * diagnoses listed with a link to each result, opens the result, which names the enterprise, and gets back to the
 * enterprise; the city's regional admin does the same from the enterprise's address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffFollowsAnEnterpriseJourneyIT {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String PASSWORD = "Staff#2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @Test
    void supportAndTheCitysAdminGoFromTheEnterpriseToItsResultAndBack() throws Exception {
        DataSource database = TestData.fromTestJvm();
        TestData data = new TestData(database);
        String name = TestData.unique("员工旅程企业");
        long enterprise = data.enterprise(name, "320505");
        String uscc = data.text("select uscc from enterprise where id = ?", enterprise);
        long diagnosis = new DiagnosisRows(database).completed(enterprise, data.regionPath("320505"));
        String support = data.newUser("staffjourney", PASSWORD, "SUPPORT", null, null);
        String suzhou = data.newUser("staffjourney", PASSWORD, "REGION_ADMIN", null, "320500");

        // each role lands where its work is (issue 15, point 7)
        browser.signIn(support, PASSWORD, "zh_CN");
        assertThat(browser.driver().getCurrentUrl()).contains("/support/index.xhtml");
        browser.open("support/enterprises.xhtml");
        browser.type(By.id("search:text"), name);
        browser.click(By.id("search:submit"));
        WebElement row = browser.waitFor(By.xpath("//tr[.//span[contains(@class,'enterprise-name') and text()='" + name + "']]"));
        assertThat(row.getText()).contains("江苏省 苏州市 虎丘区");
        WebElement usccHeader = browser.driver().findElement(By.xpath("//th[contains(., '统一社会信用代码')]"));
        String font = (String) ((JavascriptExecutor) browser.driver())
                .executeScript("return getComputedStyle(arguments[0]).fontFamily;", usccHeader);
        assertThat(font).as("the header's font stack can show Chinese").contains("Noto Sans SC");
        browser.screenshot("staff-enterprise-search");
        row.findElement(By.xpath(".//a[contains(@id,'view')]")).click();

        theEnterpriseListsItsDiagnosisAndItsResultNamesIt(name, uscc, enterprise, diagnosis, "staff-support");

        browser.signOutByForgetting();
        browser.signIn(suzhou, PASSWORD, "zh_CN");
        assertThat(browser.driver().getCurrentUrl()).contains("/statistics/index.xhtml");
        browser.signOutByForgetting();
        // a page that asked for the sign-in opens after it
        browser.open("enterprise/view.xhtml?id=" + enterprise);
        browser.type(By.id("login:userName"), suzhou);
        browser.type(By.id("login:password"), PASSWORD);
        browser.click(By.id("login:submit"));
        theEnterpriseListsItsDiagnosisAndItsResultNamesIt(name, uscc, enterprise, diagnosis, "staff-region-admin");

        String own = TestData.unique("stafflanding");
        data.account(own, PASSWORD, "ENTERPRISE", enterprise, null, TestData.mobile());
        browser.signOutByForgetting();
        browser.signIn(own, PASSWORD, "zh_CN");
        assertThat(browser.driver().getCurrentUrl()).contains("/diagnosis/index.xhtml");
    }

    private static void theEnterpriseListsItsDiagnosisAndItsResultNamesIt(String name, String uscc, long enterprise,
                                                                          long diagnosis, String screenshot) throws Exception {
        assertThat(browser.waitFor(By.id("enterprise-title")).getText()).isEqualTo(name);
        assertThat(browser.driver().findElement(By.id("enterprise-facts")).getText()).contains("江苏省 苏州市 虎丘区");
        WebElement history = browser.waitFor(By.cssSelector(".history-table"));
        assertThat(history.getText()).contains("已完成");
        browser.screenshot(screenshot + "-enterprise");
        history.findElement(By.xpath(".//a[contains(@href,'result.xhtml') and contains(@href,'id=" + diagnosis + "')]")).click();

        assertThat(browser.waitFor(By.id("result-enterprise")).getText()).contains(name, uscc, "江苏省 苏州市 虎丘区");
        browser.screenshot(screenshot + "-result");
        browser.click(By.id("back"));
        assertThat(browser.waitFor(By.id("enterprise-title")).getText()).isEqualTo(name);
        assertThat(browser.driver().getCurrentUrl()).contains("enterprise/view.xhtml?id=" + enterprise);
    }
}
