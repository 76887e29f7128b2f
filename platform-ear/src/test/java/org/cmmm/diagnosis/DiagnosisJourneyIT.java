package org.cmmm.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.cmmm.it.Browser;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The self-diagnosis journey in a real browser (manual §1.2–1.6): start → tailor 物流 → basic data → level 1
 * answered and reached → 3-second countdown → level 2 not reached → result page; then leaving half-way and
 * resuming in a new session, and the monthly quota.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiagnosisJourneyIT {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String USER = TestData.unique("diag");
    private static final String PASSWORD = "Journey#2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @BeforeAll
    static void anEnterpriseWithItsAccount() throws Exception {
        TestData data = new TestData(TestData.fromTestJvm());
        long enterprise = data.enterprise(TestData.unique("自诊断旅程精工"), "320505");
        data.account(USER, PASSWORD, "ENTERPRISE", enterprise, null, TestData.mobile());
    }

    @Test
    @Order(1)
    void startTailorAnswerLevelOneReachedThenLevelTwoNotReachedAndSeeTheResult() throws Exception {
        signIn();
        browser.open("diagnosis/index.xhtml?lang=zh_CN");
        assertThat(browser.waitFor(By.id("quota")).getText()).contains("3");
        browser.click(By.id("new-diagnosis"));

        browser.waitFor(By.id("start-title"));
        browser.click(By.xpath("//input[@type='checkbox' and @value='LOGISTICS']"));
        browser.click(By.id("start:begin"));
        browser.click(By.id("start:confirm-yes"));

        wait(ExpectedConditions.urlContains("/diagnosis/basic-data.xhtml"));
        choose("productionType", "DISCRETE");
        type("employees", "320");
        choose("annualRevenue", "FROM_20M_TO_400M");
        type("rdShare", "3.2");
        type("digitizedEquipmentShare", "65");
        type("networkedEquipmentShare", "40");
        browser.screenshot("diagnosis-basic-data");
        browser.click(By.id("basic:submit"));
        browser.click(By.id("basic:confirm-yes"));

        wait(ExpectedConditions.urlContains("/diagnosis/answer.xhtml"));
        answerLevel("FULL");
        browser.screenshot("diagnosis-level-1-answered");
        submitLevel();
        assertThat(browser.waitFor(By.id("answer:next-level")).getText()).contains("已达到第 1 级").contains("1.00");
        // the countdown opens level 2 by itself
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tree-title"), "2 级"));

        answerLevel("NOT");
        submitLevel();
        wait(ExpectedConditions.urlContains("/diagnosis/result.xhtml"));
        browser.screenshot("diagnosis-result");
        assertThat(browser.driver().getPageSource()).contains("1.00").contains("一级");
    }

    @Test
    @Order(2)
    void leaveHalfWaySignInAgainAndContinueWhereItStoppedWithEveryAnswerKept() {
        browser.open("diagnosis/index.xhtml?lang=zh_CN");
        browser.click(By.id("new-diagnosis"));
        browser.waitFor(By.id("start-title"));
        browser.click(By.id("start:begin"));
        browser.click(By.id("start:confirm-yes"));
        wait(ExpectedConditions.urlContains("/diagnosis/basic-data.xhtml"));
        choose("productionType", "PROCESS");
        type("employees", "80");
        choose("annualRevenue", "BELOW_20M");
        type("rdShare", "1");
        type("digitizedEquipmentShare", "30");
        type("networkedEquipmentShare", "10");
        browser.click(By.id("basic:submit"));
        browser.click(By.id("basic:confirm-yes"));
        wait(ExpectedConditions.urlContains("/diagnosis/answer.xhtml"));

        // answer the first sub-domain, then leave
        List<String> answered = answerCurrentSubDomain("MOSTLY");
        assertThat(answered).isNotEmpty();
        String leftAt = browser.driver().findElement(By.id("subdomain-title")).getText();
        browser.click(By.id("logout-form:logout"));
        browser.waitFor(By.id("nav-login"));

        signIn();
        browser.open("diagnosis/index.xhtml?lang=zh_CN");
        browser.click(By.id("continue-diagnosis"));
        wait(ExpectedConditions.urlContains("/diagnosis/answer.xhtml"));
        // it resumes at the first unanswered question: the next sub-domain
        assertThat(browser.waitFor(By.id("subdomain-title")).getText()).isNotEqualTo(leftAt);
        assertThat(browser.driver().findElement(By.id("progress")).getText()).contains("已答 " + answered.size() + " /");
        // and the answers given before leaving are all there
        browser.click(By.id("answer:previous"));
        wait(ExpectedConditions.textToBe(By.id("subdomain-title"), leftAt));
        for (String question : answered) {
            wait(d -> d.findElement(By.cssSelector("li[data-question='" + question + "'] input[value='MOSTLY']")).isSelected());
        }
    }

    @Test
    @Order(3)
    void theFourthStartOfAMonthIsRefusedWithItsReason() throws Exception {
        String user = TestData.unique("quota");
        TestData data = new TestData(TestData.fromTestJvm());
        long enterprise = data.enterprise(TestData.unique("配额测试"), "320505");
        data.account(user, PASSWORD, "ENTERPRISE", enterprise, null, TestData.mobile());
        try (var connection = TestData.fromTestJvm().getConnection();
             var used = connection.prepareStatement("insert into diagnosis_quota (enterprise_id, month, used) values (?, ?, 3)")) {
            used.setLong(1, enterprise);
            used.setString(2, org.cmmm.diagnosis.control.MonthlyQuota.monthOf(java.time.Instant.now()));
            used.executeUpdate();
        }
        browser.click(By.id("logout-form:logout"));
        browser.waitFor(By.id("nav-login"));
        signIn(user);
        browser.open("diagnosis/index.xhtml?lang=zh_CN");

        assertThat(browser.waitFor(By.id("quota")).getText()).contains("本月还可新建 0 次");
        assertThat(browser.driver().findElements(By.id("new-diagnosis"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("why-not")).getText()).contains("次数已用完");
        browser.open("diagnosis/index.xhtml?lang=en");
        assertThat(browser.waitFor(By.id("why-not")).getText()).contains("used up");
        browser.open("diagnosis/index.xhtml?lang=zh_CN");
    }

    private static List<String> answerCurrentSubDomain(String option) {
        List<String> ids = questionIds();
        for (String id : ids) {
            clickOption(id, option);
        }
        return ids;
    }

    /** Answers every question of the level: each sub-domain of the tree in turn (tailored ones are preselected). */
    private static void answerLevel(String option) {
        int nodes = browser.driver().findElements(By.cssSelector(".tree-node a")).size();
        for (int i = 0; i < nodes; i++) {
            String code = browser.driver().findElements(By.cssSelector(".tree-node a")).get(i).getAttribute("data-code");
            browser.click(By.cssSelector(".tree-node a[data-code='" + code + "']"));
            wait(d -> d.findElement(By.cssSelector(".tree-node.current a")).getAttribute("data-code").equals(code));
            if ("LOGISTICS".equals(code)) {
                continue; // tailored: preselected 企业不涉及此题目
            }
            for (String question : questionIds()) {
                clickOption(question, option);
            }
        }
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("answer:submit")));
    }

    /** The ids of the questions shown, read at once (the list is re-rendered by every save). */
    private static List<String> questionIds() {
        return browser.driver().findElements(By.cssSelector("li.question")).stream()
                .map(q -> q.getAttribute("data-question")).toList();
    }

    private static void clickOption(String question, String option) {
        By input = By.cssSelector("li[data-question='" + question + "'] input[value='" + option + "']");
        waitForAjax();
        // found and clicked in one step, again if an ajax update replaced the element meanwhile
        wait(d -> {
            String inputId = d.findElement(input).getAttribute("id");
            d.findElement(By.cssSelector("label[for='" + inputId + "']")).click();
            return true;
        });
        wait(d -> d.findElement(input).isSelected());
        waitForAjax();
    }

    private static void submitLevel() {
        browser.click(By.id("answer:submit"));
        browser.click(By.id("answer:confirm-yes"));
    }

    private static void waitForAjax() {
        wait(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();"));
    }

    private static void choose(String code, String value) {
        new Select(browser.waitFor(By.cssSelector("select[data-code='" + code + "']"))).selectByValue(value);
    }

    private static void type(String code, String value) {
        browser.type(By.cssSelector("input[data-code='" + code + "']"), value);
    }

    private static void signIn() {
        signIn(USER);
    }

    private static void signIn(String user) {
        browser.open("account/login.xhtml?lang=zh_CN");
        browser.waitFor(By.id("login:userName")).sendKeys(user);
        browser.driver().findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.click(By.id("login:submit"));
        browser.waitFor(By.id("user-name"));
    }

    private static void wait(java.util.function.Function<org.openqa.selenium.WebDriver, ?> condition) {
        // the tree and the questions are re-rendered by every ajax save: an element may go stale mid-check
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }
}
