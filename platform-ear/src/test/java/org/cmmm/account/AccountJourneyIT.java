package org.cmmm.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The account journeys in a real browser: register (with the SMS code read from the development SMS page),
 * sign in, sign out; reset the password by SMS in two steps, in Chinese and English; the forgotten user name by
 * SMS; a regional admin who opens another region's enterprise by its
 * URL gets "not found".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountJourneyIT {

    @RegisterExtension
    static Browser browser = new Browser();

    /** Each test starts signed out, with accounts of its own, so none depends on another or on their order. */
    @BeforeEach
    void signedOut() {
        browser.signOutByForgetting();
    }

    /** An enterprise account made directly in the database; returns its user name (also its display name). */
    private static String enterpriseAccount(String password, String mobile) throws Exception {
        TestData data = new TestData(TestData.fromTestJvm());
        String user = TestData.unique("journey");
        data.account(user, password, "ENTERPRISE", data.enterprise(TestData.unique("旅程测试"), "320505"), null, mobile);
        return user;
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @Test
    void registerThenSignInThenSignOut() throws Exception {
        String user = TestData.unique("journey");
        String mobile = TestData.mobile();
        browser.open("account/register.xhtml?lang=zh_CN");
        type("register:userName", user);
        type("register:password", "Journey#2026");
        type("register:passwordAgain", "Journey#2026");
        type("register:enterpriseName", "旅程测试精密制造有限公司");
        String uscc = TestData.uscc("320505");
        // a wrong check character: flip the last character
        type("register:uscc", uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0'));
        browser.driver().findElement(By.id("register:industry_input")).sendKeys("3311");
        browser.click(By.cssSelector("#register\\:industry_panel li"));
        choose("register:size", "SMALL", "小型");
        choose("register:province", "320000", "江苏省");
        choose("register:city", "320500", "苏州市");
        choose("register:county", "320505", "虎丘区");
        type("register:address", "苏州市虎丘区旅程路 8 号");
        type("register:contactPerson", "赵六");
        type("register:mobile", mobile);
        // submitted with a faulty USCC and no SMS code: a summary on top links each fault, the keyboard on the first
        browser.click(By.id("register:submit"));
        assertThat(browser.waitFor(By.cssSelector("#register\\:messages .ui-messages-error")).getText()).contains("有 2 项需要修改");
        assertThat(browser.driver().findElements(By.cssSelector("#fault-links a"))).extracting(link -> link.getAttribute("href"))
                .anySatisfy(href -> assertThat(href).endsWith("#register:uscc"));
        wait(d -> "register:uscc".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.activeElement.id;")));
        browser.screenshot("register-faults");
        type("register:uscc", uscc);
        browser.click(By.id("register:send-code"));
        browser.waitFor(By.cssSelector("#register\\:messages .ui-messages-info"));
        type("register:smsCode", codeSentTo(mobile));
        browser.screenshot("register-filled");
        browser.click(By.id("register:submit"));

        wait(ExpectedConditions.urlContains("/account/login.xhtml"));
        assertThat(browser.waitFor(By.cssSelector(".ui-messages-info")).getText()).contains("注册成功");
        browser.signIn(user, "Journey#2026", "zh_CN");
        assertThat(browser.waitFor(By.id("user-name")).getText()).isEqualTo("赵六");

        browser.click(By.id("logout-form:logout"));
        browser.waitFor(By.id("nav-login"));
        assertThat(browser.driver().findElements(By.id("user-name"))).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageThatKeepsTheUserName() throws Exception {
        String user = enterpriseAccount("Journey#2026", TestData.mobile());
        browser.open("account/login.xhtml?lang=zh_CN");
        type("login:userName", user);
        type("login:password", "Wrong#2026");
        browser.click(By.id("login:submit"));
        assertThat(browser.waitFor(By.cssSelector("#login\\:messages .ui-messages-error")).getText()).contains("用户名或密码不正确");
        assertThat(browser.driver().findElement(By.id("login:userName")).getAttribute("value")).isEqualTo(user);
    }

    @Test
    void resetThePasswordInTwoStepsAndLearnTheUserNameOnceTheCodeIsRight() throws Exception {
        String mobile = TestData.mobile();
        String user = enterpriseAccount("Journey#2026", mobile);
        browser.open("account/login.xhtml?lang=zh_CN");
        browser.click(By.id("login:to-reset"));
        browser.waitFor(By.id("reset:identifier"));
        type("reset:identifier", mobile);
        browser.click(By.id("reset:send-code"));
        browser.waitFor(By.cssSelector("#reset\\:messages .ui-messages-info"));
        assertThat(browser.driver().findElements(By.id("reset:newPassword"))).as("no password before the code").isEmpty();
        type("reset:code", codeSentTo(mobile));
        browser.click(By.id("reset:verify"));

        // the user name right after the code, with the new-password form
        assertThat(browser.waitFor(By.id("account-name")).getText()).isEqualTo(user);
        assertThat(browser.driver().findElement(By.cssSelector(".form-steps li.current")).getText()).contains("设置新密码");
        browser.screenshot("reset-step2-user-name");
        type("reset:newPassword", "Renewed#2026");
        type("reset:newPasswordAgain", "Renewed#2026");
        browser.click(By.id("reset:submit"));

        wait(ExpectedConditions.urlContains("/account/login.xhtml"));
        // the done message tells the user name too
        assertThat(browser.waitFor(By.cssSelector(".ui-messages-info")).getText()).contains("密码已重置", "您的用户名是 " + user);
        browser.screenshot("reset-done-with-user-name");
        browser.signIn(user, "Renewed#2026", "zh_CN");
        assertThat(browser.waitFor(By.id("user-name")).getText()).isEqualTo(user);
        browser.click(By.id("logout-form:logout"));
        browser.waitFor(By.id("nav-login"));
    }

    @Test
    void inEnglishAWrongCodeIsRefusedInPlaceAndTheRightOneShowsTheUserName() throws Exception {
        String mobile = TestData.mobile();
        String user = enterpriseAccount("Journey#2026", mobile);
        browser.open("account/reset.xhtml?lang=en");
        type("reset:identifier", mobile);
        browser.click(By.id("reset:send-code"));
        browser.waitFor(By.cssSelector("#reset\\:messages .ui-messages-info"));
        String code = codeSentTo(mobile);
        type("reset:code", code.equals("000000") ? "111111" : "000000");
        browser.click(By.id("reset:verify"));
        assertThat(browser.waitFor(By.cssSelector("[id='reset:code'] ~ .ui-message-error, .ui-message-error")).getText())
                .contains("The code is wrong or no longer valid");
        assertThat(browser.driver().findElements(By.id("account-name"))).isEmpty();

        type("reset:code", code);
        browser.click(By.id("reset:verify"));
        assertThat(browser.waitFor(By.cssSelector(".account-name")).getText()).isEqualTo("Your user name:" + user);
        type("reset:newPassword", "Renewed#2026");
        type("reset:newPasswordAgain", "Renewed#2027");
        browser.click(By.id("reset:submit"));
        browser.waitFor(By.cssSelector(".ui-message-error"));
        assertThat(browser.waitFor(By.id("account-name")).getText()).as("still the second step").isEqualTo(user);
        browser.screenshot("reset-step2-en-mismatch");
        type("reset:newPassword", "Renewed#2026");
        type("reset:newPasswordAgain", "Renewed#2026");
        browser.click(By.id("reset:submit"));

        wait(ExpectedConditions.urlContains("/account/login.xhtml"));
        assertThat(browser.waitFor(By.cssSelector(".ui-messages-info")).getText())
                .contains("Your password has been reset. Your user name is " + user);
    }

    @Test
    void aForgottenUserNameGoesByTextToTheRegisteredMobileAndAnUnknownNumberGetsTheSameAnswer() throws Exception {
        String mobile = TestData.mobile();
        String user = enterpriseAccount("Journey#2026", mobile);
        browser.open("account/login.xhtml?lang=zh_CN");
        browser.click(By.id("login:to-user-names"));
        type("names:mobile", mobile);
        browser.click(By.id("names:send"));
        String known = browser.waitFor(By.cssSelector("#names\\:messages .ui-messages-info")).getText();
        assertThat(known).contains("如果该手机号码登记有账户，用户名已以短信发送至该手机");
        browser.screenshot("user-names-sent");
        assertThat(messageTo(mobile, "user-names")).isEqualTo("用户名：" + user);

        browser.open("account/username.xhtml?lang=zh_CN");
        type("names:mobile", TestData.mobile());
        browser.click(By.id("names:send"));
        assertThat(browser.waitFor(By.cssSelector("#names\\:messages .ui-messages-info")).getText()).isEqualTo(known);

        browser.open("account/username.xhtml?lang=en");
        type("names:mobile", "1380013800");
        browser.click(By.id("names:send"));
        assertThat(browser.waitFor(By.cssSelector(".ui-message-error")).getText()).contains("mobile");
        type("names:mobile", mobile);
        browser.click(By.id("names:send"));
        assertThat(browser.waitFor(By.cssSelector("#names\\:messages .ui-messages-info")).getText())
                .contains("If accounts are registered with this number, their user names have been sent to it by SMS.");
        browser.screenshot("user-names-sent-en");
    }

    @Test
    void aRegionalAdminOpeningAnotherRegionsEnterpriseByUrlGetsNotFound() throws Exception {
        TestData data = new TestData(TestData.fromTestJvm());
        long hangzhou = data.enterprise(TestData.unique("杭州旅程"), "330106");
        long suzhou = data.enterprise(TestData.unique("苏州旅程"), "320505");
        String admin = TestData.unique("suzhouadmin");
        data.account(admin, "Region#2026", "REGION_ADMIN", null, "320500", TestData.mobile());

        browser.signIn(admin, "Region#2026", "zh_CN");
        browser.open("enterprise/view.xhtml?id=" + suzhou);
        assertThat(browser.waitFor(By.id("enterprise-title")).getText()).startsWith("苏州旅程");

        browser.open("enterprise/view.xhtml?id=" + hangzhou);
        assertThat(browser.waitFor(By.id("error-title")).getText()).isEqualTo("页面不存在");
        assertThat(browser.driver().getPageSource()).doesNotContain("杭州旅程");
        browser.screenshot("tenant-not-found");
        browser.click(By.id("logout-form:logout"));
        browser.waitFor(By.id("nav-login"));
    }

    /** Reads the latest code for a mobile on /dev/sms.xhtml, in a second tab so the form keeps its state. */
    private static String codeSentTo(String mobile) {
        return messageTo(mobile, "code");
    }

    /** The latest message of a kind ("code", "user-names": its cell's class) to a mobile, read on /dev/sms.xhtml. */
    private static String messageTo(String mobile, String kind) {
        WebDriver driver = browser.driver();
        String form = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        browser.open("dev/sms.xhtml");
        String cell = "td[contains(@class,'" + kind + "')]";
        String text = browser.waitFor(By.xpath("//table[@id='sms']//tr[td[@class='mobile' and text()='" + mobile
                + "'] and " + cell + "][1]/" + cell)).getText();
        driver.close();
        driver.switchTo().window(form);
        return text;
    }

    private static void type(String id, String text) {
        browser.type(By.id(id), text);
    }

    /**
     * Picks an option of a select by its value once the option is there (a cascading select fills by ajax), and
     * waits for the ajax update the choice starts.
     */
    private static void choose(String id, String value, String label) {
        By option = By.cssSelector("select[id='" + id + "'] option[value='" + value + "']");
        wait(ExpectedConditions.presenceOfElementLocated(option));
        new Select(browser.driver().findElement(By.id(id))).selectByValue(value);
        wait(ExpectedConditions.textToBe(By.cssSelector("select[id='" + id + "'] option:checked"), label));
        // the next select fills, and fields below may be drawn anew: nothing typed before the update ends is kept
        browser.waitForAjax();
    }

    private static void wait(java.util.function.Function<WebDriver, ?> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(condition);
    }
}
