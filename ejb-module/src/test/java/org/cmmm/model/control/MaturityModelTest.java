package org.cmmm.model.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cmmm.model.control.ProductionType.DISCRETE;
import static org.cmmm.model.control.ProductionType.MIXED;
import static org.cmmm.model.control.ProductionType.PROCESS;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The lookups a diagnosis needs from its model version. */
class MaturityModelTest {

    private final MaturityModel model = TestModelBuilder.standard().build();

    @Test
    void findersReturnEmptyForUnknownCodes() {
        assertThat(model.subDomain("SALES")).map(SubDomain::code).hasValue("SALES");
        assertThat(model.subDomain("MARKETING")).isEmpty();
        assertThat(model.domainOf("PROCESS_DESIGN")).map(Domain::code).hasValue("DESIGN");
        assertThat(model.domainOf("MARKETING")).isEmpty();
        assertThat(model.question("L9.SALES.01")).isEmpty();
        assertThat(model.answerOption("MOSTLY")).map(AnswerOption::value).hasValue(Ratio.parse("0.8"));
        assertThat(model.level(6)).isEmpty();
    }

    @Test
    void navigationOrderFollowsTheTopNodesNotTheFile() {
        // DESIGN (5) is listed before PRODUCTION (4) in the model
        assertThat(model.navigationOrder()).extracting(SubDomain::code).containsExactly("STRATEGY", "DATA",
                "PRODUCTION_OPERATIONS", "PRODUCT_DESIGN", "PROCESS_DESIGN", "LOGISTICS", "SALES", "CUSTOMER_SERVICE");
        assertThat(model.subDomains()).extracting(SubDomain::code).startsWith("STRATEGY", "DATA", "PRODUCT_DESIGN");
    }

    @Test
    void subDomainsAtALevelAreTheOnesThatApplyThere() {
        assertThat(model.subDomainsAt(1, DISCRETE)).extracting(SubDomain::code).doesNotContain("DATA").hasSize(7);
        assertThat(model.subDomainsAt(2, PROCESS)).extracting(SubDomain::code).contains("DATA").hasSize(8);
    }

    @Test
    void questionsForALevelFollowTheProductionType() {
        assertThat(model.questionsFor(1, DISCRETE)).extracting(Question::id)
                .contains("L1.PRODUCTION_OPERATIONS.02").doesNotContain("L1.PRODUCTION_OPERATIONS.03").hasSize(14);
        assertThat(model.questionsFor(1, PROCESS)).extracting(Question::id)
                .contains("L1.PRODUCTION_OPERATIONS.03").doesNotContain("L1.PRODUCTION_OPERATIONS.02").hasSize(14);
        assertThat(model.questionsFor(1, MIXED)).extracting(Question::id)
                .contains("L1.PRODUCTION_OPERATIONS.02", "L1.PRODUCTION_OPERATIONS.03").hasSize(15);
    }

    @Test
    void aQuestionIsAskedExactlyWhenItsLevelListsIt() {
        for (ProductionType type : ProductionType.values()) {
            for (Question question : model.questions()) {
                assertThat(model.asks(question, type)).as("%s of a %s diagnosis", question.id(), type)
                        .isEqualTo(model.questionsFor(question.level(), type).contains(question));
            }
        }
        assertThat(model.asks(model.question("L1.PRODUCTION_OPERATIONS.03").orElseThrow(), DISCRETE)).isFalse();
        assertThat(model.asks(model.question("L1.PRODUCTION_OPERATIONS.03").orElseThrow(), MIXED)).isTrue();
    }

    @Test
    void mixedIsWeightedAsDiscrete() {
        assertThat(model.weightTable(MIXED, 3)).isEqualTo(model.weightTable(DISCRETE, 3));
        assertThat(model.weightTable(PROCESS, 3)).isNotEqualTo(model.weightTable(DISCRETE, 3));
    }

    @Test
    void scoreBandsIncludeFiveInTheLastBandOnly() {
        assertThat(model.band(Ratio.of(5))).map(ScoreBand::level).hasValue(5);
        assertThat(model.band(Ratio.parse("0.8"))).map(ScoreBand::level).hasValue(1);
        assertThat(model.band(Ratio.parse("5.01"))).isEmpty();
    }

    @Test
    void localizedTextFollowsTheLocaleLanguage() {
        LocalizedText text = LocalizedText.of("集成级", "Integrated");

        assertThat(text.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("集成级");
        assertThat(text.in(Locale.CHINESE)).isEqualTo("集成级");
        assertThat(text.in(Locale.ENGLISH)).isEqualTo("Integrated");
        assertThat(text.in(Locale.GERMANY)).isEqualTo("Integrated");
        assertThat(new LocalizedText(null, "Integrated").zh()).isEmpty();
    }
}
