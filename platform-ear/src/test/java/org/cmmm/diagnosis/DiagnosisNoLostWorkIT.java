package org.cmmm.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.cmmm.it.Browser;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.TestData;
import org.cmmm.it.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * No lost work on the answering page (issue: "No lost work"): two tabs on one diagnosis never overwrite each
 * other silently, and every answer saved before the server is killed is there after it starts again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiagnosisNoLostWorkIT {

    @RegisterExtension
    static Browser browser = new Browser().allowingSevereRecords("the server is restarted under a user on purpose");

    private static final String PASSWORD = "NoLost#2026";

    /** Each test has its own enterprise and starts signed out, so neither depends on the other or its order. */
    private String user;
    private long enterprise;

    private final DiagnosisPages pages = new DiagnosisPages(browser, "zh_CN");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @BeforeEach
    void anEnterpriseWithItsAccountSignedOut() throws Exception {
        TestData data = new TestData(TestData.fromTestJvm());
        user = TestData.unique("nolost");
        enterprise = data.enterprise(TestData.unique("不丢数据机械"), "320505");
        data.account(user, PASSWORD, "ENTERPRISE", enterprise, null, TestData.mobile());
        browser.signOutByForgetting();
    }

    @Test
    void aSecondTabThatFellBehindIsToldSoAndOverwritesNothing() throws Exception {
        pages.signIn(user, PASSWORD);
        pages.start();
        pages.submitBasicData("DISCRETE", "150", "FROM_20M_TO_400M");
        String first = browser.driver().getWindowHandle();
        String url = browser.driver().getCurrentUrl();
        List<String> questions = pages.questionIds();

        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.driver().get(url);
        pages.wait(d -> !pages.questionIds().isEmpty());
        pages.clickOption(questions.get(0), "FULL");

        browser.driver().switchTo().window(first);
        By option = By.cssSelector("li[data-question='" + questions.get(0) + "'] input[value='NOT']");
        String inputId = browser.driver().findElement(option).getAttribute("id");
        browser.click(By.cssSelector("label[for='" + inputId + "']"));
        pages.waitForAjax();
        assertThat(browser.waitFor(By.id("answer:messages")).getText()).contains("已在另一个窗口或标签页中修改");
        assertThat(browser.driver().findElement(By.id("answer:stale")).getText()).contains("刷新");
        assertThat(storedAnswer(questions.get(0))).isEqualTo("FULL");

        browser.click(By.cssSelector("#answer\\:stale a"));
        pages.wait(d -> pages.isChosen(questions.get(0), "FULL"));
        closeOtherTabs(first);
    }

    @Test
    void answersSavedBeforeTheServerIsKilledAreAllThereAfterItStartsAgain() throws Exception {
        pages.signIn(user, PASSWORD);
        pages.start();
        pages.submitBasicData("DISCRETE", "150", "FROM_20M_TO_400M");
        List<String> answered = new ArrayList<>(pages.answerShown("PARTLY"));
        browser.click(By.id("answer:next"));
        pages.waitForAjax();
        String second = pages.questionIds().get(0);
        pages.clickOption(second, "MOSTLY");
        answered.add(second);

        TestServer.crashAndStart();

        browser.open("diagnosis/index.xhtml?lang=zh_CN");
        if (browser.driver().getCurrentUrl().contains("login")) {
            pages.signIn(user, PASSWORD); // the session did not survive the crash; the answers must have
            pages.openHome();
        }
        browser.click(By.id("continue-diagnosis"));
        pages.wait(ExpectedConditions.urlContains("/diagnosis/answer.xhtml"));
        assertThat(browser.waitFor(By.id("answer:progress")).getText()).contains("已答 " + answered.size() + " /");
        assertThat(pages.isChosen(second, "MOSTLY")).isTrue();
        browser.click(By.id("answer:previous"));
        for (String question : answered.subList(0, answered.size() - 1)) {
            pages.wait(d -> pages.isChosen(question, "PARTLY"));
        }
        assertThat(storedAnswer(second)).isEqualTo("MOSTLY");
    }

    private static void closeOtherTabs(String keep) {
        for (String handle : browser.driver().getWindowHandles()) {
            if (!handle.equals(keep)) {
                browser.driver().switchTo().window(handle).close();
            }
        }
        browser.driver().switchTo().window(keep);
    }

    private String storedAnswer(String question) throws Exception {
        try (Connection connection = TestData.fromTestJvm().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select a.option_code from diagnosis_answer a join diagnosis d on d.id = a.diagnosis_id"
                             + " where d.enterprise_id = ? and a.question_code = ?")) {
            select.setLong(1, enterprise);
            select.setString(2, question);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
