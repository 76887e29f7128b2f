package org.cmmm.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.cmmm.it.Browser;
import org.cmmm.it.DiagnosisRows;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.TestData;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.ProductionType;
import org.cmmm.model.control.Question;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The result page in a real browser, for a diagnosis completed by rows written from the test JVM exactly as the
 * boundary writes them (all level-1 questions fully satisfied, all level-2 questions not: 1.00 + 0 = 1.00,
 * level 1): the headline in both languages, the radar chart with its accessible table, the gap list; another
 * enterprise opening it by its URL gets "not found".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiagnosisResultJourneyIT {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String PASSWORD = "Result#2026";
    private static final String USER = TestData.unique("resultjourney");
    private static MaturityModel model;
    private static long diagnosisId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @BeforeAll
    static void aDiagnosisCompletedAtLevelOne() throws SQLException {
        model = DiagnosisRows.currentModel();
        DataSource database = TestData.fromTestJvm();
        TestData data = new TestData(database);
        long enterpriseId = data.enterprise(TestData.unique("结果旅程精密制造"), "320505");
        data.account(USER, PASSWORD, "ENTERPRISE", enterpriseId, null, TestData.mobile());
        diagnosisId = new DiagnosisRows(database).completed(enterpriseId, data.regionPath("320505"));
    }

    /** Each test starts signed out, so none depends on another or on their order (the diagnosis is shared, read only). */
    @BeforeEach
    void signedOut() {
        browser.signOutByForgetting();
    }

    @Test
    void theEnterpriseSeesItsResultWithHeadlineRadarChartAndGapList() throws IOException {
        browser.signIn(USER, PASSWORD, "zh_CN");
        browser.open("diagnosis/result.xhtml?lang=zh_CN&id=" + diagnosisId);

        assertThat(browser.waitFor(By.id("result-headline")).getText()).isEqualTo("1.00 分 / 一级 规划级");
        assertThat(browser.driver().findElements(By.cssSelector("#levels tbody tr"))).hasSize(2);
        assertThat(browser.driver().findElement(By.cssSelector("#levels tbody tr.reached")).getText()).contains("已达到");
        assertThat(browser.driver().findElement(By.cssSelector("#levels tbody tr.not-reached")).getText()).contains("未达到");

        WebElement canvas = browser.waitFor(By.cssSelector("#radar canvas"));
        assertThat(canvas.getAttribute("role")).isEqualTo("img");
        assertThat(canvas.getAttribute("aria-label")).contains("第 2 级");
        assertThat(canvas.getSize().getHeight()).isGreaterThan(100);
        List<WebElement> radarRows = browser.driver().findElements(By.cssSelector("#radar-table tbody tr"));
        assertThat(radarRows).hasSize(model.subDomainsAt(2, ProductionType.DISCRETE).size());
        assertThat(radarRows).allSatisfy(row -> assertThat(row.findElement(By.cssSelector("td")).getText()).isEqualTo("0.00"));

        List<Question> levelTwo = model.questionsFor(2, ProductionType.DISCRETE);
        List<WebElement> gapRows = browser.driver().findElements(By.cssSelector("#gap tbody tr"));
        assertThat(gapRows).hasSize(levelTwo.size());
        WebElement first = gapRows.get(0);
        assertThat(first.findElements(By.tagName("td")).get(0).getText()).isEqualTo("1");
        assertThat(first.findElements(By.tagName("td")).get(3).getText()).isEqualTo("不满足");
        assertThat(first.findElements(By.tagName("td")).get(4).getText()).startsWith("+0.");
        String firstQuestion = first.getAttribute("data-question");
        assertThat(first.findElements(By.tagName("td")).get(1).getText())
                .isEqualTo(model.question(firstQuestion).orElseThrow().text().zh());
        assertThat(browser.driver().findElement(By.id("gap-summary")).getText()).contains("还差 0.80");
        assertThat(browser.driver().findElement(By.id("comparison-none")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("tailored-none")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("back")).getAttribute("href")).endsWith("/diagnosis/index.xhtml");
        browser.screenshot("diagnosis-result");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                browser.driver().findElement(By.id("radar-title")));
        browser.screenshot("diagnosis-result-radar");
    }

    @Test
    void inEnglishTheHeadlineReadsLevelAndName() {
        browser.signIn(USER, PASSWORD, "en");
        browser.open("diagnosis/result.xhtml?lang=en&id=" + diagnosisId);
        assertThat(browser.waitFor(By.id("result-headline")).getText()).isEqualTo("1.00 / Level 1 Planning");
        assertThat(browser.waitFor(By.cssSelector("#radar canvas")).getAttribute("aria-label")).contains("level 2");
        assertThat(browser.driver().findElement(By.cssSelector("#gap tbody tr td:nth-child(4)")).getText()).isEqualTo("Not satisfied");
        browser.open("diagnosis/result.xhtml?lang=zh_CN&id=" + diagnosisId);
        browser.waitFor(By.id("result-headline"));
        browser.click(By.id("logout-form:logout"));
        browser.waitFor(By.id("nav-login"));
    }

    @Test
    void anotherEnterpriseOpeningItByItsUrlGetsNotFound() throws SQLException {
        TestData data = new TestData(TestData.fromTestJvm());
        long other = data.enterprise(TestData.unique("结果旅程别家"), "320505");
        String user = TestData.unique("resultother");
        data.account(user, PASSWORD, "ENTERPRISE", other, null, TestData.mobile());

        browser.signIn(user, PASSWORD, "zh_CN");
        browser.open("diagnosis/result.xhtml?id=" + diagnosisId);
        assertThat(browser.waitFor(By.id("error-title")).getText()).isEqualTo("页面不存在");
        assertThat(browser.driver().getPageSource()).doesNotContain("结果旅程精密制造");
        browser.click(By.id("logout-form:logout"));
        browser.waitFor(By.id("nav-login"));
    }

    /** The rows the diagnosis boundary leaves behind for this outcome; returns the diagnosis id. */
}
