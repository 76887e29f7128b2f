package org.cmmm.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cmmm.diagnosis.control.MonthlyQuota;
import org.cmmm.it.Browser;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The self-diagnosis journey in a real browser (manual §1.2–1.6): start → tailor 物流 → basic data → level 1
 * answered and reached → 3-second countdown → level 2 not reached → result page; leaving half-way and resuming
 * in a new session at the same question; the monthly quota; and the whole journey again in English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiagnosisJourneyIT {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String PASSWORD = "Journey#2026";
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private final DiagnosisPages pages = new DiagnosisPages(browser, "zh_CN");

    /** Each test has its own enterprise and starts signed out, so none depends on another or on their order. */
    private String user;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @BeforeEach
    void anEnterpriseWithItsAccountSignedOut() throws Exception {
        user = TestData.unique("diag");
        enterpriseWithAccount("自诊断旅程精工", user);
        browser.signOutByForgetting();
    }

    /** A new enterprise in Suzhou's Gusu district with one account; returns the enterprise's id. */
    private static long enterpriseWithAccount(String name, String user) throws Exception {
        TestData data = new TestData(TestData.fromTestJvm());
        long enterprise = data.enterprise(TestData.unique(name), "320505");
        data.account(user, PASSWORD, "ENTERPRISE", enterprise, null, TestData.mobile());
        return enterprise;
    }

    @Test
    void startTailorAnswerLevelOneReachedThenLevelTwoNotReachedAndSeeTheResult() throws Exception {
        pages.signIn(user, PASSWORD);
        pages.openHome();
        assertThat(browser.waitFor(By.id("quota")).getText()).isEqualTo("本月还可新建 3 次自诊断（每月最多 3 次，按北京时间自然月计）。");
        pages.start("LOGISTICS");
        // submitted empty: every required field says what is missing, and nothing asks to confirm a lock yet
        browser.click(By.id("basic:submit"));
        pages.wait(d -> d.findElements(By.cssSelector(".field.has-error")).size() >= 5);
        assertThat(browser.driver().findElement(By.cssSelector("[data-field='employees'] .field-error")).getText()).isNotBlank();
        assertThat(browser.driver().findElements(By.id("basic:confirm-yes")).stream().noneMatch(b -> b.isDisplayed())).isTrue();
        assertThat(browser.driver().findElement(By.id("basic:messages")).getText()).contains("需要修改");
        browser.screenshot("diagnosis-basic-data-faults");
        pages.submitBasicData("DISCRETE", "320", "FROM_20M_TO_400M");

        theTreeShowsTheEightGroupsWithProgressOnEveryNode();
        pages.answerLevel("FULL", Set.of("LOGISTICS"));
        browser.screenshot("diagnosis-level-1-answered");
        assertThat(pages.treeItem("PERSONNEL")).matches("(?s).*人员.*\\b(\\d+)/\\1\\b.*");
        pages.submitLevel();
        assertThat(browser.waitFor(By.id("answer:next-level")).getText()).contains("已达到第 1 级").contains("1.00");
        browser.screenshot("diagnosis-level-1-reached-countdown");
        // the countdown opens level 2 by itself
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tree-title"), "2 级"));
        // Back goes to the answering page (the level answered is locked, so it shows level 2), not to the list
        browser.driver().navigate().back();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tree-title"), "2 级"));
        assertThat(browser.driver().getCurrentUrl()).contains("/diagnosis/answer.xhtml");

        pages.answerLevel("NOT", Set.of("LOGISTICS"));
        pages.submitLevel();
        pages.wait(ExpectedConditions.urlContains("/diagnosis/result.xhtml"));
        browser.screenshot("diagnosis-result");
        assertThat(browser.driver().getPageSource()).contains("1.00").contains("一级");
    }

    @Test
    void aTailoredQuestionOffersOnlyNotInvolvedAndAChangeAfterAnotherTabSubmittedIsRefusedWithItsReason() throws Exception {
        pages.signIn(user, PASSWORD);
        pages.start("LOGISTICS");
        pages.submitBasicData("DISCRETE", "320", "FROM_20M_TO_400M");

        // 物流 was tailored: its questions take "企业不涉及此题目" only, the other options visibly disabled, with the reason
        pages.openSubDomain("LOGISTICS");
        String tailored = pages.questionIds().get(0);
        By full = By.cssSelector("li[data-question='" + tailored + "'] input[value='FULL']");
        assertThat(browser.driver().findElement(full).isEnabled()).isFalse();
        assertThat(pages.isChosen(tailored, "NOT_INVOLVED")).isTrue();
        assertThat(browser.driver().findElement(By.cssSelector("li[data-question='" + tailored + "'] .tailored-note")).getText())
                .contains("只能选择“企业不涉及此题目”");
        browser.screenshot("diagnosis-tailored-question");

        pages.answerLevel("FULL", Set.of("LOGISTICS"));
        String answerPage = browser.driver().getCurrentUrl();
        String question = pages.questionIds().get(0);
        // a second tab submits level 1 ...
        String first = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.driver().get(answerPage);
        pages.submitLevel();
        browser.waitFor(By.id("answer:next-level"));
        browser.driver().close();
        browser.driver().switchTo().window(first);
        // ... and a change in the first tab is refused with that reason, the kept answer shown again
        pages.waitForAjax();
        By not = By.cssSelector("li[data-question='" + question + "'] input[value='NOT']");
        String notId = browser.driver().findElement(not).getAttribute("id");
        browser.driver().findElement(By.cssSelector("label[for='" + notId + "']")).click();
        pages.wait(d -> d.findElement(By.id("answer:messages")).getText().contains("第 1 级已提交，不能再修改"));
        pages.waitForAjax();
        assertThat(pages.isChosen(question, "FULL")).isTrue();
        assertThat(browser.driver().findElement(not).isSelected()).as("the refused choice is not left selected").isFalse();
        browser.screenshot("diagnosis-change-after-submit-refused");
    }

    /** 人员 … 服务 on top; a question node of the open sub-domain takes the keyboard to its question. */
    private void theTreeShowsTheEightGroupsWithProgressOnEveryNode() {
        List<String> groups = browser.driver().findElements(By.cssSelector(".tree-item.depth-0 .tree-label")).stream()
                .map(label -> label.getText()).toList();
        assertThat(groups).containsExactly("人员", "技术", "资源", "生产", "设计", "物流", "销售", "服务");
        // nothing answered yet except the tailored 物流, preselected as not involved
        assertThat(pages.treeItem("PERSONNEL")).matches("(?s).*0/\\d+.*");
        assertThat(pages.treeItem("LOGISTICS")).matches("(?s).*(\\d+)/\\1.*");
        assertThat(browser.driver().findElements(By.cssSelector(".tree-item.depth-1"))).isNotEmpty();

        List<String> shown = pages.questionIds();
        String last = shown.get(shown.size() - 1);
        assertThat(browser.driver().findElements(By.cssSelector(".tree-question a"))).hasSize(shown.size());
        assertThat(pages.treeItem(last)).contains("未答");
        browser.click(By.cssSelector(".tree-question a[data-node='" + last + "']"));
        pages.wait(d -> last.equals(pages.focusedQuestion()));
        String personnelBefore = pages.treeItem("PERSONNEL");
        pages.clickOption(last, "FULL");
        pages.wait(d -> pages.treeItem(last).contains("已答"));
        // one more answered on the question's group and overall (the tailored 物流 counts as answered)
        assertThat(pages.treeItem("PERSONNEL")).isNotEqualTo(personnelBefore).matches("(?s).*1/\\d+.*");
        assertThat(browser.driver().findElement(By.id("answer:progress")).getText())
                .contains("已答 " + (1 + logisticsQuestions()) + " /");
    }

    /** How many questions the tailored 物流 has at this level: its tree item reads "物流 n/n". */
    private int logisticsQuestions() {
        java.util.regex.Matcher count = Pattern.compile("(\\d+)/\\d+").matcher(pages.treeItem("LOGISTICS"));
        assertThat(count.find()).isTrue();
        return Integer.parseInt(count.group(1));
    }

    @Test
    void leaveHalfWaySignInAgainAndContinueAtTheSameQuestionWithEveryAnswerKept() {
        pages.signIn(user, PASSWORD);
        pages.start();
        pages.submitBasicData("PROCESS", "80", "BELOW_20M");

        // answer the first sub-domain and the first question of the second, then leave
        List<String> answered = new java.util.ArrayList<>(pages.answerShown("MOSTLY"));
        String firstSubDomain = browser.driver().findElement(By.id("subdomain-title")).getText();
        browser.click(By.id("answer:next"));
        pages.wait(d -> !d.findElement(By.id("subdomain-title")).getText().equals(firstSubDomain));
        List<String> second = pages.questionIds();
        pages.clickOption(second.get(0), "PARTLY");
        answered.add(second.get(0));
        String leftAt = browser.driver().findElement(By.id("subdomain-title")).getText();
        pages.signOut();

        pages.signIn(user, PASSWORD);
        pages.openHome();
        browser.click(By.id("continue-diagnosis"));
        pages.wait(ExpectedConditions.urlContains("/diagnosis/answer.xhtml"));
        // it resumes at the first unanswered question: the second of the sub-domain left
        assertThat(browser.waitFor(By.id("subdomain-title")).getText()).isEqualTo(leftAt);
        pages.wait(d -> second.get(1).equals(pages.focusedQuestion()));
        assertThat(browser.driver().findElement(By.id("answer:progress")).getText()).contains("已答 " + answered.size() + " /");
        assertThat(pages.isChosen(second.get(0), "PARTLY")).isTrue();
        // and the answers given before leaving are all there
        browser.click(By.id("answer:previous"));
        pages.wait(ExpectedConditions.textToBe(By.id("subdomain-title"), firstSubDomain));
        for (String question : answered.subList(0, answered.size() - 1)) {
            pages.wait(d -> pages.isChosen(question, "MOSTLY"));
        }
    }

    /**
     * Without a mouse (GB/T 37668, WCAG 2.1.1): the page puts the keyboard on the first question; Space chooses an
     * option, Tab reaches the next question and the arrow keys change the choice, each saved as a click is; Shift+Tab
     * reaches the navigation tree, where Enter opens another sub-domain.
     */
    @Test
    void answeringWorksWithTheKeyboardAloneAndTheTreeIsReachable() throws Exception {
        pages.signIn(user, PASSWORD);
        pages.start();
        pages.submitBasicData("DISCRETE", "120", "FROM_20M_TO_400M");
        List<String> questions = pages.questionIds();
        pages.wait(d -> questions.get(0).equals(pages.focusedQuestion()));

        WebElement first = browser.driver().switchTo().activeElement();
        assertThat(first.getAttribute("type")).isEqualTo("radio");
        pages.press(Keys.SPACE);
        pages.wait(d -> d.findElement(By.id("answer:progress")).getText().contains("已答 1 /"));
        String chosen = first.getAttribute("value");
        pages.waitForAjax();
        assertThat(pages.isChosen(questions.get(0), chosen)).isTrue();

        // Tab: past the explanation mark of the next question, onto its options; an arrow key chooses the next one
        pages.pressUntil(Keys.TAB, false, 20, element -> "radio".equals(element.getAttribute("type"))
                && questions.get(1).equals(pages.focusedQuestion()));
        pages.press(Keys.ARROW_RIGHT);
        pages.wait(d -> d.findElement(By.id("answer:progress")).getText().contains("已答 2 /"));
        pages.waitForAjax();
        String second = browser.driver().switchTo().activeElement().getAttribute("value");
        assertThat(pages.isChosen(questions.get(1), second)).isTrue();
        browser.screenshot("answer-keyboard");

        // back to the tree with Shift+Tab, and on to the next sub-domain with Enter
        String current = browser.driver().findElement(By.cssSelector(".tree-node.current a")).getAttribute("data-code");
        List<String> subDomains = browser.driver().findElements(By.cssSelector(".tree-node a")).stream()
                .map(link -> link.getAttribute("data-code")).toList();
        String next = subDomains.get(subDomains.indexOf(current) + 1);
        pages.pressUntil(Keys.TAB, true, 200, element -> next.equals(element.getAttribute("data-code")));
        pages.press(Keys.ENTER);
        pages.wait(d -> d.findElement(By.cssSelector(".tree-node.current a")).getAttribute("data-code").equals(next));
        pages.wait(d -> !questions.contains(pages.questionIds().get(0)));
        // the keyboard lands on the first question of the sub-domain opened, not at the top of the page
        pages.wait(d -> pages.questionIds().get(0).equals(pages.focusedQuestion()));
        browser.screenshot("answer-keyboard-next-sub-domain");
    }

    @Test
    void theFourthStartOfAMonthIsRefusedWithItsReason() throws Exception {
        String quotaUser = TestData.unique("quota");
        long enterprise = enterpriseWithAccount("配额测试", quotaUser);
        try (var connection = TestData.fromTestJvm().getConnection();
             var used = connection.prepareStatement("insert into diagnosis_quota (enterprise_id, month, used) values (?, ?, 3)")) {
            used.setLong(1, enterprise);
            used.setString(2, MonthlyQuota.monthOf(java.time.Instant.now()));
            used.executeUpdate();
        }
        pages.signIn(quotaUser, PASSWORD);
        pages.openHome();

        assertThat(browser.waitFor(By.id("quota")).getText()).isEqualTo("本月还可新建 0 次自诊断（每月最多 3 次，按北京时间自然月计）。");
        assertThat(browser.driver().findElements(By.id("new-diagnosis"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("why-not")).getText()).contains("次数已用完");
        browser.open("diagnosis/index.xhtml?lang=en");
        assertThat(browser.waitFor(By.id("why-not")).getText()).contains("used up");
        // the start page opened by its address refuses on arrival, with the reason and the day the quota returns
        String returns = MonthlyQuota.returnsOn(java.time.Instant.now()).toString();
        browser.open("diagnosis/start.xhtml?lang=zh_CN");
        assertThat(browser.waitFor(By.id("start-refused")).getText()).contains("本月 3 次自诊断已全部新建", returns);
        assertThat(browser.driver().findElements(By.id("start:begin"))).isEmpty();
        browser.screenshot("diagnosis-start-refused");
        browser.open("diagnosis/start.xhtml?lang=en");
        assertThat(browser.waitFor(By.id("start-refused")).getText()).contains("All 3 self-diagnoses", returns);
        browser.open("diagnosis/index.xhtml?lang=zh_CN");
        pages.signOut();
    }

    @Test
    void theWholeJourneyInEnglishShowsNoChineseText() throws Exception {
        String englishUser = TestData.unique("english");
        enterpriseWithAccount("Precision Works", englishUser);
        DiagnosisPages english = new DiagnosisPages(browser, "en");

        english.signIn(englishUser, PASSWORD);
        english.openHome();
        assertThat(browser.waitFor(By.id("quota")).getText())
                .isEqualTo("You can start 3 more self-diagnoses this month (at most 3 per calendar month, Beijing time).");
        assertNoChinese("home");
        browser.open("diagnosis/start.xhtml?lang=en");
        // before tailoring, the levels of the model are there to read, with the instructions
        assertThat(browser.driver().findElements(By.cssSelector("#levels h3")).stream().map(h -> h.getText()).toList())
                .containsExactly("Planning", "Standardized", "Integrated", "Optimized", "Leading");
        assertNoChinese("start");
        browser.screenshot("diagnosis-start-en");
        english.start("SALES");
        assertNoChinese("basic data");
        english.submitBasicData("DISCRETE", "120", "FROM_20M_TO_400M");
        assertNoChinese("answering");
        assertThat(english.treeItem("PERSONNEL")).contains("Personnel");

        english.answerLevel("FULL", Set.of("SALES"));
        english.submitLevel();
        assertThat(browser.waitFor(By.id("answer:next-level")).getText()).contains("Level 1 reached").contains("1.00");
        assertNoChinese("level reached");
        browser.click(By.id("answer:go-next"));
        english.wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tree-title"), "Level 2"));

        english.answerLevel("NOT", Set.of("SALES"));
        english.submitLevel();
        english.wait(ExpectedConditions.urlContains("/diagnosis/result.xhtml"));
        browser.screenshot("diagnosis-result-en");
        assertThat(browser.waitFor(By.id("result-headline")).getText()).contains("1.00").contains("Planning");
        assertNoChinese("result");
        english.signOut();
    }

    /**
     * The visible text of the page is English only (the language switch names 中文 in Chinese on purpose), and the
     * longer English texts still fit the 1366-pixel window without a horizontal scroll bar.
     */
    private static void assertNoChinese(String page) {
        // official region names stand in brackets right after their pinyin ("Huqiu Qu (虎丘区)"): proper names, not
        // untranslated text; Chinese in brackets anywhere else still counts
        String text = browser.driver().findElement(By.tagName("main")).getText().replaceAll("(?<=\\p{Alpha}) \\(\\p{IsHan}+\\)", "");
        assertThat(CHINESE.matcher(text).find()).as("Chinese text on the %s page: %s", page, text).isFalse();
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow of the %s page", page).isLessThanOrEqualTo(0);
    }
}
