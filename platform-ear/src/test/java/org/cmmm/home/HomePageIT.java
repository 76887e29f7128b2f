package org.cmmm.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.cmmm.it.Browser;
import org.cmmm.it.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The home page in a real Chromium: Chinese first, English on request, Chinese glyphs from our web font. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageIT {

    @RegisterExtension
    static Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @Test
    void theHomePageHasTheChineseTitleAndPlatformName() throws Exception {
        browser.open("?lang=zh_CN");
        assertThat(browser.driver().getTitle()).isEqualTo("智能制造能力成熟度自诊断平台");
        assertThat(browser.waitFor(By.cssSelector(".platform-name")).getText()).isEqualTo("智能制造能力成熟度自诊断平台");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        browser.screenshot("home-zh");
    }

    @Test
    void chineseTextIsRenderedWithTheServedWebFont() {
        browser.open("?lang=zh_CN");
        browser.waitFor(By.id("hero-title"));
        Object loaded = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.load('16px "Noto Sans SC"', '智能制造')
                    .then(faces => document.fonts.ready.then(() => done(faces.length > 0
                        && document.fonts.check('16px "Noto Sans SC"', '智能制造'))))
                    .catch(() => done(false));
                """);
        assertThat(loaded).as("Noto Sans SC served by the platform and loaded for Chinese glyphs").isEqualTo(true);
    }

    @Test
    void theLanguageSwitchTurnsThePageEnglishAndRemembersIt() {
        browser.open("?lang=zh_CN");
        browser.click(By.id("lang-en"));
        browser.waitFor(By.cssSelector("#lang-en.active"));
        assertThat(browser.driver().getTitle()).isEqualTo("Intelligent Manufacturing Capability Maturity Self-Diagnosis Platform");

        browser.open("");
        assertThat(browser.waitFor(By.id("hero-title")).getText())
                .isEqualTo("Intelligent manufacturing capability maturity self-diagnosis");

        browser.click(By.id("lang-zh"));
        browser.waitFor(By.cssSelector("#lang-zh.active"));
        assertThat(browser.driver().getTitle()).isEqualTo("智能制造能力成熟度自诊断平台");
    }
}
