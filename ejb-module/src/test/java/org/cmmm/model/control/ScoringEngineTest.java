package org.cmmm.model.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cmmm.model.control.ProductionType.DISCRETE;
import static org.cmmm.model.control.ProductionType.MIXED;
import static org.cmmm.model.control.ProductionType.PROCESS;

import java.util.List;
import java.util.Map;
import org.cmmm.platform.control.BusinessException;
import org.junit.jupiter.api.Test;

/** What the engine refuses, and how levels open one after another (user manual; DOMAIN.md §2–3). */
class ScoringEngineTest {

    private final MaturityModel model = TestModelBuilder.standard().build();
    private final ScoringEngine engine = new ScoringEngine();

    @Test
    void aLevelWithAnUnansweredQuestionCannotBeSubmitted() {
        Map<String, Answer> answers = AnswerSheet.of(model, DISCRETE).level(1, "FULLY")
                .unanswered(1, "SALES").answers();

        assertThatThrownBy(() -> engine.scoreLevel(model, DISCRETE, Tailoring.NONE, 1, answers))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("model.level.unanswered");
                    assertThat(e.arguments()).containsExactly(1, "L1.SALES.01, L1.SALES.02");
                });
    }

    @Test
    void mixedMustAnswerTheQuestionsOfBothTypes() {
        // .03 is a PROCESS question: DISCRETE does not ask it, MIXED does
        Map<String, Answer> discreteOnly = AnswerSheet.of(model, DISCRETE).level(1, "FULLY").answers();

        assertThat(engine.scoreLevel(model, DISCRETE, Tailoring.NONE, 1, discreteOnly).score()).isEqualTo(Ratio.ONE);
        assertThatThrownBy(() -> engine.scoreLevel(model, MIXED, Tailoring.NONE, 1, discreteOnly))
                .isInstanceOfSatisfying(BusinessException.class, e ->
                        assertThat(e.arguments()).containsExactly(1, "L1.PRODUCTION_OPERATIONS.03"));
    }

    @Test
    void notInvolvedIsRefusedOutsideTailoredSubDomains() {
        Map<String, Answer> answers = AnswerSheet.of(model, DISCRETE).level(1, "FULLY")
                .notInvolved(1, "LOGISTICS").answers();

        assertThatThrownBy(() -> engine.scoreLevel(model, DISCRETE, Tailoring.NONE, 1, answers))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("model.answer.notInvolvedRefused");
                    assertThat(e.arguments()).hasSize(1).first().asString().startsWith("L1.LOGISTICS.");
                });
        Tailoring logistics = Tailoring.of(model, List.of("LOGISTICS"));
        assertThat(engine.scoreLevel(model, DISCRETE, logistics, 1, answers).reached()).isTrue();
    }

    @Test
    void anUnknownAnswerOptionIsAProgrammingError() {
        Map<String, Answer> answers = AnswerSheet.of(model, DISCRETE).level(1, "FULLY")
                .question("L1.STRATEGY.01", "SOMEWHAT").answers();

        assertThatThrownBy(() -> engine.scoreLevel(model, DISCRETE, Tailoring.NONE, 1, answers))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("L1.STRATEGY.01").hasMessageContaining("SOMEWHAT");
    }

    @Test
    void answersOfOtherLevelsAreIgnored() {
        Map<String, Answer> answers = AnswerSheet.of(model, DISCRETE).level(1, "FULLY").level(2, "NOT").answers();

        assertThat(engine.scoreLevel(model, DISCRETE, Tailoring.NONE, 1, answers).score()).isEqualTo(Ratio.ONE);
    }

    @Test
    void renormalizedWeightsOfALevelSumToOne() {
        Map<String, Answer> answers = AnswerSheet.of(model, PROCESS).level(2, "PARTLY").answers();
        Tailoring tailoring = Tailoring.of(model, List.of("SALES", "PRODUCT_DESIGN"));

        LevelScore score = engine.scoreLevel(model, PROCESS, tailoring, 2, answers);

        assertThat(score.subDomains().stream().map(SubDomainScore::weight).reduce(Ratio.ZERO, Ratio::add))
                .isEqualTo(Ratio.ONE);
        // PROCESS level 2: 0.4 of PROD_OPS over 1 − 0.05 − 0.1 = 0.85 left
        assertThat(score.subDomain("PRODUCTION_OPERATIONS").orElseThrow().weight()).isEqualTo(Ratio.of(8, 17));
    }

    @Test
    void aReachedLevelOpensTheNextOneUpToFive() {
        Map<String, Answer> answers = AnswerSheet.of(model, DISCRETE).all("FULLY").level(3, "PARTLY").answers();

        assertThat(engine.nextLevel(model, engine.scoreLevel(model, DISCRETE, Tailoring.NONE, 2, answers)))
                .hasValue(3);
        assertThat(engine.nextLevel(model, engine.scoreLevel(model, DISCRETE, Tailoring.NONE, 3, answers))).isEmpty();
        assertThat(engine.nextLevel(model, engine.scoreLevel(model, DISCRETE, Tailoring.NONE, 5, answers))).isEmpty();
    }

    @Test
    void aResultNeedsAFinishedDiagnosis() {
        // level 2 was reached, so level 3 must be answered before there is a result
        assertThatThrownBy(() -> engine.result(model, ratios("1", "0.9")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not finished");
    }

    @Test
    void aResultRefusesLevelsAnsweredAfterAFailure() {
        assertThatThrownBy(() -> engine.result(model, ratios("1", "0.5", "0.9")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("level 2 was not reached, yet level 3 was answered");
    }

    @Test
    void aResultRefusesScoresThatAreNotLevelScores() {
        assertThatThrownBy(() -> engine.result(model, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> engine.result(model, ratios("1.2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside [0, 1]");
        assertThatThrownBy(() -> engine.result(model, ratios("1", "1", "1", "1", "1", "1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnfinishedDiagnosisCannotBeExplained() {
        Map<String, Answer> answers = AnswerSheet.of(model, DISCRETE).level(1, "FULLY").answers();

        assertThatThrownBy(() -> engine.explain(model, DISCRETE, Tailoring.NONE, answers))
                .isInstanceOfSatisfying(BusinessException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("model.level.unanswered"));
    }

    private static List<Ratio> ratios(String... values) {
        return java.util.Arrays.stream(values).map(Ratio::parse).toList();
    }
}
