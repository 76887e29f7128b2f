package org.cmmm.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cmmm.it.Browser;
import org.cmmm.it.DiagnosisRows;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.Question;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The public page that teaches the model, reached from the home page, in both languages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModelOverviewIT {

    @RegisterExtension
    static Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @Test
    void theHomePageLeadsToTheModelWithItsLevelsTreeAndTailorableDomains() throws Exception {
        browser.open("?lang=zh_CN");
        browser.click(By.id("learn-model"));
        browser.waitFor(By.id("model-title"));

        assertThat(texts(By.cssSelector("#levels h3"))).containsExactly("规划级", "规范级", "集成级", "优化级", "引领级");
        assertThat(browser.driver().findElements(By.cssSelector("#structure .subdomain"))).hasSize(20);
        assertThat(texts(By.cssSelector("#structure .badge-tailorable"))).hasSize(4).containsOnly("可裁剪");
        assertThat(browser.driver().findElements(By.cssSelector("#matrix tbody tr"))).hasSize(20);
        // the current version, the earlier one (still scoring the diagnoses started under it), what each degree means
        assertThat(browser.driver().findElement(By.id("model-version")).getText()).isEqualTo("CMMM-2020r2");
        assertThat(browser.driver().findElement(By.cssSelector("#other-versions a")).getAttribute("href"))
                .endsWith("/api/v1/models/CMMM-2020");
        assertThat(texts(By.cssSelector(".scoring-rules .inline-list li"))).hasSize(4)
                .allSatisfy(degree -> assertThat(degree).containsPattern("^\\S+ = [01]\\.\\d+：.{10,}"));
        browser.screenshot("model-overview-zh");
    }

    @Test
    void theBlankQuestionnaireListsEveryQuestionOfTheCurrentVersionWithWhatEachDegreeMeans() throws Exception {
        browser.open("model/overview.xhtml?lang=zh_CN");
        browser.click(By.id("to-questionnaire"));
        browser.waitFor(By.id("questionnaire-title"));

        MaturityModel current = DiagnosisRows.currentModel();
        assertThat(browser.driver().findElement(By.id("questionnaire-version")).getText()).isEqualTo(current.version());
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("tr[data-question]"));
        assertThat(rows).hasSize(current.questions().size());
        assertThat(rows.stream().map(row -> row.getAttribute("data-question")))
                .containsExactlyInAnyOrderElementsOf(current.questions().stream().map(Question::id).toList());
        assertThat(texts(By.cssSelector("#degrees dd"))).hasSize(current.answerOptions().size() + 1).allSatisfy(text ->
                assertThat(text).isNotBlank());
        assertThat(texts(By.cssSelector(".questionnaire-level h2"))).hasSize(5).first().asString().startsWith("1 级");
        browser.screenshot("model-questionnaire-zh");
    }

    @Test
    void theModelPageReadsInEnglish() {
        browser.open("model/overview.xhtml?lang=en");
        assertThat(browser.waitFor(By.id("model-title")).getText())
                .isEqualTo("The intelligent manufacturing capability maturity model");
        assertThat(texts(By.cssSelector("#levels h3")))
                .containsExactly("Planning", "Standardized", "Integrated", "Optimized", "Leading");
        assertThat(texts(By.cssSelector("#structure .badge-tailorable"))).containsOnly("tailorable");
        browser.open("model/overview.xhtml?lang=zh_CN");
    }

    private static List<String> texts(By locator) {
        return browser.driver().findElements(locator).stream().map(WebElement::getText).toList();
    }
}
