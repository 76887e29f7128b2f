package org.cmmm.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Function;
import javax.sql.DataSource;
import org.cmmm.it.Browser;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The support journey in a real browser (manual §3.1: a registered mobile that is not the user's any more):
 * support signs in, finds the enterprise, finds its user, changes the mobile (first forgetting the reason,
 * which is refused in the dialog without losing the number typed), and sees the change in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportJourneyIT {

    @RegisterExtension
    static Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @Test
    void supportFindsAnEnterpriseChangesAUsersMobileWithAReasonAndSeesItAudited() throws Exception {
        TestData data = new TestData(TestData.fromTestJvm());
        String supportUser = TestData.unique("helpdesk");
        data.account(supportUser, "Support#2026", "SUPPORT", null, null, SupportIT.mobile());
        String enterpriseName = TestData.unique("支持旅程精密机械");
        long enterprise = data.enterprise(enterpriseName, "320505");
        String user = TestData.unique("lostphone");
        String oldMobile = SupportIT.mobile();
        String newMobile = SupportIT.mobile();
        data.account(user, "Lost#2026x", "ENTERPRISE", enterprise, null, oldMobile);

        browser.signIn(supportUser, "Support#2026", "zh_CN");
        browser.click(By.id("nav-support"));
        browser.click(By.id("to-enterprises"));
        type("search:text", enterpriseName);
        browser.click(By.id("search:submit"));
        WebElement found = browser.waitFor(By.xpath("//span[contains(@class,'enterprise-name') and text()='" + enterpriseName + "']"));
        assertThat(found.findElement(By.xpath("ancestor::tr")).getText()).contains("虎丘区", "独立法人");

        browser.open("support/accounts.xhtml?lang=zh_CN");
        type("search:text", user);
        browser.click(By.id("search:submit"));
        By row = By.xpath("//tr[.//span[contains(@class,'account-user-name') and text()='" + user + "']]");
        assertThat(browser.waitFor(row).getText()).contains(oldMobile, "企业用户");
        browser.driver().findElement(row).findElement(By.xpath(".//button[contains(@id,'change-mobile')]")).click();
        wait(ExpectedConditions.textToBe(By.id("selected-user"), user));

        type("mobile:newMobile", newMobile);
        browser.click(By.id("mobile:save"));
        assertThat(browser.waitFor(By.cssSelector("#mobile .ui-message-error")).getText()).contains("请填写变更原因");
        assertThat(browser.driver().findElement(By.id("mobile:newMobile")).getAttribute("value")).isEqualTo(newMobile);

        type("mobile:reason", "原负责人离职，号码无法联系，已核对申请函");
        browser.screenshot("support-change-mobile");
        browser.click(By.id("mobile:save"));
        assertThat(browser.waitFor(By.cssSelector("#search\\:messages .ui-messages-info")).getText()).contains("已变更");
        wait(ExpectedConditions.textToBePresentInElementLocated(row, newMobile));

        browser.open("support/audit.xhtml?lang=zh_CN");
        WebElement newest = browser.waitFor(By.cssSelector("#audit\\:entries_data tr:first-child"));
        assertThat(newest.getText()).contains(supportUser, "变更手机号码", "原负责人离职", "mobile=" + masked(oldMobile),
                "mobile=" + masked(newMobile));
        browser.screenshot("support-audit");
        browser.click(By.id("logout-form:logout"));
        browser.waitFor(By.id("nav-login"));
    }

    @Test
    void supportMovesAnEnterpriseToAnotherCountyAfterAnErrorThatKeepsWhatWasChosen() throws Exception {
        javax.sql.DataSource database = TestData.fromTestJvm();
        TestData data = new TestData(database);
        String supportUser = TestData.unique("mover");
        data.account(supportUser, "Support#2026", "SUPPORT", null, null, SupportIT.mobile());
        String enterpriseName = TestData.unique("迁址精密机械");
        long enterprise = data.enterprise(enterpriseName, "320505");
        long diagnosis = new org.cmmm.it.DiagnosisRows(database).completed(enterprise, data.regionPath("320505"));

        browser.signIn(supportUser, "Support#2026", "zh_CN");
        browser.open("support/enterprises.xhtml?lang=zh_CN");
        type("search:text", enterpriseName);
        browser.click(By.id("search:submit"));
        WebElement found = browser.waitFor(By.xpath("//span[contains(@class,'enterprise-name') and text()='" + enterpriseName + "']"));
        found.findElement(By.xpath("ancestor::tr")).findElement(By.xpath(".//a[contains(@id,'reclassify')]")).click();
        assertThat(browser.waitFor(By.id("reclassify-enterprise")).getText()).isEqualTo(enterpriseName);
        // the form opens with where the enterprise is counted now
        assertThat(new Select(browser.driver().findElement(By.id("reclassify:county"))).getFirstSelectedOption().getText())
                .isEqualTo("虎丘区");

        choose("reclassify:county", "320506", "吴中区");
        browser.click(By.id("reclassify:submit"));
        assertThat(browser.waitFor(By.cssSelector("#reclassify .ui-message-error")).getText()).contains("请填写变更原因");
        assertThat(new Select(browser.driver().findElement(By.id("reclassify:county"))).getFirstSelectedOption().getText())
                .isEqualTo("吴中区");
        assertThat(data.text("select region_code from enterprise where id = ?", enterprise)).isEqualTo("320505");

        type("reclassify:reason", "企业已迁至吴中经济开发区，已核对新营业执照");
        browser.screenshot("support-reclassify");
        browser.click(By.id("reclassify:submit"));
        assertThat(browser.waitFor(By.id("enterprise-facts")).getText()).contains("吴中区");
        assertThat(data.text("select region_code from enterprise where id = ?", enterprise)).isEqualTo("320506");
        assertThat(data.text("select region_path from diagnosis where id = ?", diagnosis)).isEqualTo("/320000/320500/320506/");
        assertThat(data.text("select region_path from latest_valid where enterprise_id = ?", enterprise))
                .isEqualTo("/320000/320500/320506/");

        browser.open("support/audit.xhtml?lang=zh_CN");
        assertThat(browser.waitFor(By.cssSelector("#audit\\:entries_data tr:first-child")).getText())
                .contains(supportUser, "更改企业的地区、行业或规模", "已核对新营业执照");
        browser.click(By.id("logout-form:logout"));
        browser.waitFor(By.id("nav-login"));
    }

    @Test
    void anEnterpriseUserSeesNoSupportLinkAndIsRefusedTheSupportPages() throws Exception {
        TestData data = new TestData(TestData.fromTestJvm());
        String user = TestData.unique("plainuser");
        data.account(user, "Plain#2026x", "ENTERPRISE", data.enterprise(TestData.unique("普通企业"), "320505"), null,
                SupportIT.mobile());

        browser.signIn(user, "Plain#2026x", "zh_CN");
        assertThat(browser.driver().findElements(By.id("nav-support"))).isEmpty();
        browser.open("support/accounts.xhtml?lang=zh_CN");
        assertThat(browser.waitFor(By.id("error-title")).getText()).isEqualTo("无权访问");
        browser.click(By.id("logout-form:logout"));
        browser.waitFor(By.id("nav-login"));
    }

    @Test
    void supportCreatesARegionalAdminAfterAnErrorThatKeepsWhatWasTyped() throws Exception {
        TestData data = new TestData(TestData.fromTestJvm());
        String supportUser = TestData.unique("helpdesk");
        data.account(supportUser, "Support#2026", "SUPPORT", null, null, SupportIT.mobile());
        String admin = TestData.unique("wuzhong-admin");

        browser.signIn(supportUser, "Support#2026", "zh_CN");
        browser.open("support/unit.xhtml?lang=zh_CN");
        type("unit:unitName", "旅程分厂");
        browser.click(By.id("unit:submit"));
        browser.waitFor(By.cssSelector("#unit .ui-message-error"));
        assertThat(browser.driver().findElement(By.id("unit:unitName")).getAttribute("value")).isEqualTo("旅程分厂");
        browser.screenshot("support-unit-errors");

        browser.open("support/region-admin.xhtml?lang=zh_CN");
        choose("admin:province", "320000", "江苏省");
        choose("admin:city", "320500", "苏州市");
        choose("admin:county", "320506", "吴中区");
        type("admin:displayName", "吴中区工信局");
        type("admin:mobile", SupportIT.mobile());
        type("admin:userName", admin);
        type("admin:password", "short");
        browser.click(By.id("admin:submit"));
        assertThat(browser.waitFor(By.cssSelector("#admin .ui-message-error")).getText()).contains("8–64");
        assertThat(browser.driver().findElement(By.id("admin:displayName")).getAttribute("value")).isEqualTo("吴中区工信局");
        assertThat(new Select(browser.driver().findElement(By.id("admin:county"))).getFirstSelectedOption().getText())
                .isEqualTo("吴中区");

        type("admin:password", "Wuzhong#2026");
        browser.click(By.id("admin:submit"));
        assertThat(browser.waitFor(By.cssSelector("#admin\\:messages .ui-messages-info")).getText()).contains(admin, "吴中区");
        browser.screenshot("support-region-admin");
        browser.click(By.id("logout-form:logout"));
        browser.waitFor(By.id("nav-login"));

        browser.signIn(admin, "Wuzhong#2026", "zh_CN");
        assertThat(browser.driver().findElements(By.id("nav-support"))).isEmpty();
        browser.click(By.id("logout-form:logout"));
        browser.waitFor(By.id("nav-login"));
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

    private static void type(String id, String text) {
        browser.type(By.id(id), text);
    }

    private static void wait(Function<WebDriver, ?> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(condition);
    }

    private static String masked(String mobile) {
        return mobile.substring(0, 3) + "****" + mobile.substring(7);
    }
}
