package org.cmmm.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
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
 * The profile journeys in a real browser: an enterprise user changes its contact person from the header link and
 * sees it saved, and a second window with the old data is told to reload instead of overwriting; a user changes
 * the password and signs in with the new one; support creates a development zone that then appears in the
 * registration page's county select.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProfileJourneyIT {

    @RegisterExtension
    static Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    /** Each test starts signed out, with accounts of its own, so none depends on another or on their order. */
    @BeforeEach
    void signedOut() {
        browser.signOutByForgetting();
    }

    /** Signs in a new enterprise user of a new enterprise; returns the enterprise's name. */
    private static String signedInEnterpriseUser() throws Exception {
        TestData data = new TestData(TestData.fromTestJvm());
        String enterpriseName = TestData.unique("资料旅程精密制造");
        long enterprise = data.enterprise(enterpriseName, "320505");
        String user = TestData.unique("profilejourney");
        data.account(user, "Profile#2026", "ENTERPRISE", enterprise, null, TestData.mobile());
        browser.signIn(user, "Profile#2026", "zh_CN");
        return enterpriseName;
    }

    @Test
    void anEnterpriseUserChangesItsContactPersonAndSeesIt() throws Exception {
        String enterpriseName = signedInEnterpriseUser();
        browser.click(By.id("nav-profile"));
        assertThat(browser.waitFor(By.id("enterprise-name")).getText()).isEqualTo(enterpriseName);
        // what only support changes is shown, with who changes it and how to ask
        assertThat(browser.driver().findElement(By.id("enterprise-industry")).getText()).startsWith("3311");
        assertThat(browser.driver().findElement(By.id("enterprise-size")).getText()).isEqualTo("小型");
        assertThat(browser.driver().findElement(By.id("enterprise-region")).getText()).isEqualTo("江苏省 苏州市 虎丘区");
        assertThat(browser.driver().findElement(By.id("classification-note")).getText()).contains("平台技术支持", "审计");
        type("profile:contactPerson", "钱七");
        browser.click(By.id("profile:submit"));
        assertThat(browser.waitFor(By.cssSelector("#profile\\:messages .ui-messages-info")).getText()).contains("企业信息已保存");

        browser.open("enterprise/profile.xhtml?lang=zh_CN");
        assertThat(browser.waitFor(By.id("profile:contactPerson")).getAttribute("value")).isEqualTo("钱七");
        browser.screenshot("enterprise-profile");
    }

    @Test
    void aSecondWindowWithOldDataIsToldToReloadAndKeepsWhatWasTyped() throws Exception {
        signedInEnterpriseUser();
        WebDriver driver = browser.driver();
        String first = driver.getWindowHandle();
        browser.open("enterprise/profile.xhtml?lang=zh_CN");
        browser.waitFor(By.id("profile:contactPerson"));

        driver.switchTo().newWindow(WindowType.TAB);
        browser.open("enterprise/profile.xhtml?lang=zh_CN");
        type("profile:contactPerson", "孙八");
        browser.click(By.id("profile:submit"));
        browser.waitFor(By.cssSelector("#profile\\:messages .ui-messages-info"));
        driver.close();
        driver.switchTo().window(first);

        type("profile:contactPerson", "周九");
        browser.click(By.id("profile:submit"));
        assertThat(browser.waitFor(By.cssSelector("#profile\\:messages .ui-messages-error")).getText()).contains("另一个窗口");
        assertThat(browser.driver().findElement(By.id("profile:contactPerson")).getAttribute("value")).isEqualTo("周九");
        browser.screenshot("enterprise-profile-stale");

        browser.click(By.id("profile:reload"));
        wait(ExpectedConditions.attributeToBe(By.id("profile:contactPerson"), "value", "孙八"));
    }

    @Test
    void aUserChangesThePasswordAndSignsInWithTheNewOne() throws Exception {
        TestData data = new TestData(TestData.fromTestJvm());
        String user = TestData.unique("pwjourney");
        data.account(user, "Before#2026", "SUPPORT", null, null, TestData.mobile());

        browser.signIn(user, "Before#2026", "zh_CN");
        browser.click(By.id("nav-password"));
        type("password:currentPassword", "Wrong#2026");
        type("password:newPassword", "After#2026x");
        type("password:newPasswordAgain", "After#2026x");
        browser.click(By.id("password:submit"));
        assertThat(browser.waitFor(By.cssSelector("#password .ui-message-error"))
                .getText()).contains("当前密码不正确");
        assertThat(browser.driver().findElement(By.id("password:newPassword")).getAttribute("value")).isEqualTo("After#2026x");

        type("password:currentPassword", "Before#2026");
        browser.click(By.id("password:submit"));
        assertThat(browser.waitFor(By.cssSelector("#password\\:messages .ui-messages-info")).getText()).contains("密码已修改");

        signOut();
        browser.signIn(user, "After#2026x", "zh_CN");
        assertThat(browser.waitFor(By.id("user-name")).getText()).isEqualTo(user);
    }

    @Test
    void supportCreatesADevelopmentZoneThatTheRegistrationPageOffers() throws Exception {
        TestData data = new TestData(TestData.fromTestJvm());
        String support = TestData.unique("regionsupport");
        data.account(support, "Support#2026", "SUPPORT", null, null, TestData.mobile());
        String zone = TestData.unique("高铁新城");

        browser.signIn(support, "Support#2026", "zh_CN");
        browser.open("support/regions.xhtml?lang=zh_CN");
        choose("regions:province", "320000", "江苏省");
        choose("regions:city", "320500", "苏州市");
        browser.waitFor(By.id("regions:children"));
        type("regions:zoneName", zone);
        type("regions:zoneReason", "苏州市工信局来函新增");
        browser.click(By.id("regions:create"));
        assertThat(browser.waitFor(By.cssSelector("#regions\\:messages .ui-messages-info")).getText()).contains(zone);
        String code = browser.waitFor(By.xpath("//table[@id='regions:children']//tr[td/span[@class='region-name' and text()='"
                + zone + "']]/td/span[contains(@class,'region-code')]")).getText();
        assertThat(code).matches("320500-\\d\\d");
        browser.screenshot("support-regions");

        browser.open("account/register.xhtml?lang=zh_CN");
        choose("register:province", "320000", "江苏省");
        choose("register:city", "320500", "苏州市");
        choose("register:county", code, zone);
    }

    private static void signOut() {
        browser.open("?lang=zh_CN");
        if (!browser.driver().findElements(By.id("logout-form:logout")).isEmpty()) {
            browser.click(By.id("logout-form:logout"));
            browser.waitFor(By.id("nav-login"));
        }
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
