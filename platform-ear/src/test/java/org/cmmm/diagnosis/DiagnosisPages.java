package org.cmmm.diagnosis;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cmmm.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a user does on the self-diagnosis pages, for the browser journeys: sign in, start with tailoring, fill
 * the basic data, answer a level through the navigation tree, submit. Every step waits for the page, since the
 * tree and the questions are re-rendered by each ajax save.
 */
final class DiagnosisPages {

    private final Browser browser;
    private final String lang;

    DiagnosisPages(Browser browser, String lang) {
        this.browser = browser;
        this.lang = lang;
    }

    void signIn(String user, String password) {
        browser.signIn(user, password, lang);
    }

    void signOut() {
        browser.click(By.id("logout-form:logout"));
        browser.waitFor(By.id("nav-login"));
    }

    void openHome() {
        browser.open("diagnosis/index.xhtml?lang=" + lang);
    }

    /** From the self-diagnosis home: 新建自诊断, tick the sub-domains not involved, confirm, 开始答题. */
    void start(String... tailored) {
        openHome();
        browser.click(By.id("new-diagnosis"));
        browser.waitFor(By.id("start-title"));
        for (String subDomain : tailored) {
            browser.click(By.xpath("//input[@type='checkbox' and @value='" + subDomain + "']"));
        }
        browser.click(By.id("start:begin"));
        browser.click(By.id("start:confirm-yes"));
        wait(ExpectedConditions.urlContains("/diagnosis/basic-data.xhtml"));
    }

    /** Fills the basic-data questionnaire and submits it (保存，开始答题). */
    void submitBasicData(String productionType, String employees, String revenue) {
        choose("productionType", productionType);
        type("employees", employees);
        choose("annualRevenue", revenue);
        type("rdShare", "3.2");
        type("digitizedEquipmentShare", "65");
        type("networkedEquipmentShare", "40");
        browser.click(By.id("basic:submit"));
        browser.click(By.id("basic:confirm-yes"));
        wait(ExpectedConditions.urlContains("/diagnosis/answer.xhtml"));
    }

    /** Answers every question of the level, each sub-domain of the tree in turn; tailored ones are preselected. */
    void answerLevel(String option, Set<String> tailored) {
        List<String> codes = wait(d -> d.findElements(By.cssSelector(".tree-node a")).stream()
                .map(link -> link.getAttribute("data-code")).toList());
        for (String code : codes) {
            openSubDomain(code);
            if (!tailored.contains(code)) {
                answerShown(option);
            }
        }
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("answer:submit")));
    }

    void openSubDomain(String code) {
        waitForAjax();
        browser.click(By.cssSelector(".tree-node a[data-code='" + code + "']"));
        wait(d -> d.findElement(By.cssSelector(".tree-node.current a")).getAttribute("data-code").equals(code));
    }

    /** Answers the questions shown (the open sub-domain) with one option; returns their ids. */
    List<String> answerShown(String option) {
        List<String> ids = questionIds();
        for (String id : ids) {
            clickOption(id, option);
        }
        return ids;
    }

    /** The ids of the questions shown, read at once (the list is re-rendered by every save). */
    List<String> questionIds() {
        return wait(d -> d.findElements(By.cssSelector("li.question")).stream()
                .map(q -> q.getAttribute("data-question")).toList());
    }

    void clickOption(String question, String option) {
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

    boolean isChosen(String question, String option) {
        return wait(d -> d.findElement(By.cssSelector("li[data-question='" + question + "'] input[value='" + option + "']")).isSelected());
    }

    void submitLevel() {
        waitForAjax();
        browser.click(By.id("answer:submit"));
        browser.click(By.id("answer:confirm-yes"));
    }

    /** The text of the tree item of a node (group, domain or sub-domain code, or question id). */
    String treeItem(String node) {
        return wait(d -> d.findElement(By.cssSelector(".tree-item a[data-node='" + node + "']")).getText());
    }

    /** The question the keyboard is on: the page focuses where answering resumes. */
    String focusedQuestion() {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "var q = document.activeElement && document.activeElement.closest('li.question');"
                        + " return q ? q.getAttribute('data-question') : null;");
    }

    /**
     * Presses a key (with Shift, for Shift+Tab) until the element with the keyboard satisfies the test, as someone
     * without a mouse moves through the page; fails after {@code most} presses.
     */
    void pressUntil(org.openqa.selenium.Keys key, boolean shift, int most, java.util.function.Predicate<org.openqa.selenium.WebElement> reached) {
        for (int i = 0; i < most; i++) {
            if (reached.test(browser.driver().switchTo().activeElement())) {
                return;
            }
            org.openqa.selenium.interactions.Actions press = new org.openqa.selenium.interactions.Actions(browser.driver());
            (shift ? press.keyDown(org.openqa.selenium.Keys.SHIFT).sendKeys(key).keyUp(org.openqa.selenium.Keys.SHIFT)
                    : press.sendKeys(key)).perform();
        }
        throw new AssertionError("not reached by " + most + " presses of " + key.name() + "; the keyboard is on "
                + browser.driver().switchTo().activeElement().getAttribute("outerHTML"));
    }

    /** Presses one key on whatever has the keyboard. */
    void press(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(key).perform();
    }

    void choose(String code, String value) {
        new Select(browser.waitFor(By.cssSelector("select[data-code='" + code + "']"))).selectByValue(value);
    }

    void type(String code, String value) {
        browser.type(By.cssSelector("input[data-code='" + code + "']"), value);
    }

    void waitForAjax() {
        wait(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();"));
    }

    <T> T wait(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }
}
