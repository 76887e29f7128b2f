package org.cmmm.model.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cmmm.model.control.ProductionType.DISCRETE;
import static org.cmmm.model.control.ProductionType.MIXED;
import static org.cmmm.model.control.ProductionType.PROCESS;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples of GB/T 39117 scoring (DOMAIN.md §2), each computed by hand in its comment, on the
 * {@link TestModelBuilder#standard() standard test model}. Weights, for reference:
 * <pre>
 *              STRATEGY DATA  PROD_OPS PRODUCT/PROCESS_DESIGN LOGISTICS SALES CUSTOMER_SERVICE
 * DISCRETE 1   1/4      -     1/4      1/8 each               1/12      1/12  1/12
 * DISCRETE 2-5 1/8      1/8   1/4      1/8 each               1/12      1/12  1/12
 * PROCESS 1    1/5      -     2/5      1/10 each              1/15      1/15  1/15
 * PROCESS 2-5  0.1      0.1   0.4      0.1 each               0.1       0.05  0.05
 * </pre>
 * Answer values: FULLY 1.0, MOSTLY 0.8, PARTLY 0.5, NOT 0.
 */
class ScoringWorkedExamplesTest {

    private static final String[] TAILORABLE =
            {"PRODUCT_DESIGN", "PROCESS_DESIGN", "LOGISTICS", "SALES", "CUSTOMER_SERVICE"};

    private final MaturityModel model = TestModelBuilder.standard().build();
    private final ScoringEngine engine = new ScoringEngine();

    @Test
    void allFullySatisfiedScoresFiveAndLevelFive() {
        // every level: Σ w × 1.0 = 1; total 1 + 1 + 1 + 1 + 1 = 5.00 → band [4.8, 5] → level 5
        ScoreExplanation explanation = explain(DISCRETE, sheet(DISCRETE).all("FULLY"));

        assertThat(levelDisplays(explanation)).containsExactly("1.00", "1.00", "1.00", "1.00", "1.00");
        assertResult(explanation, "5", "5.00", 5, 5);
        assertThat(explanation.gap()).isEmpty();
    }

    @Test
    void levelAtExactlyTheThresholdIsReached() {
        // level 1: every answer 0.8 → every sub-domain 0.8 → Σ w × 0.8 = 0.8 ≥ 0.8: reached
        // level 2: every answer 0 → 0.00, not reached; total 0.8 + 0 = 0.80 → band [0.8, 1.8) → level 1
        ScoreExplanation explanation = explain(DISCRETE, sheet(DISCRETE).level(1, "MOSTLY").level(2, "NOT"));

        LevelScore level1 = explanation.levels().get(0);
        assertThat(level1.score()).isEqualTo(Ratio.parse("0.8"));
        assertThat(level1.reached()).isTrue();
        assertThat(levelDisplays(explanation)).containsExactly("0.80", "0.00");
        assertResult(explanation, "4/5", "0.80", 1, 1);
    }

    @Test
    void levelAt079IsNotReached() {
        // level 1 all 0.8 except LOGISTICS (0.8 + 0.5) / 2 = 0.65
        // 0.8 − 1/12 × (0.8 − 0.65) = 0.8 − 0.0125 = 0.7875 = 63/80, shown 0.79: not reached, answering stops
        // total 0.7875 < 0.8 → no level
        ScoreExplanation explanation = explain(DISCRETE,
                sheet(DISCRETE).level(1, "MOSTLY").subDomain(1, "LOGISTICS", "MOSTLY", "PARTLY"));

        LevelScore level1 = explanation.levels().get(0);
        assertThat(level1.score()).isEqualTo(Ratio.of(63, 80));
        assertThat(level1.display()).isEqualTo("0.79");
        assertThat(level1.reached()).isFalse();
        assertResult(explanation, "63/80", "0.79", 0, 0);
    }

    @Test
    void failingLevelOneGivesNoLevel() {
        // level 1 all 0.5 → 0.50, not reached; total 0.50 < 0.8 → level 0 (未达到一级)
        // gap: gain of a question = w / 2 questions × (1 − 0.5); STRATEGY and PRODUCTION_OPERATIONS 1/4 / 2 × 0.5
        // = 1/16 lead, in navigation order; shortfall 0.8 − 0.5 = 0.3
        ScoreExplanation explanation = explain(DISCRETE, sheet(DISCRETE).level(1, "PARTLY"));

        assertResult(explanation, "1/2", "0.50", 0, 0);
        LevelGap gap = explanation.gap().orElseThrow();
        assertThat(gap.level()).isEqualTo(1);
        assertThat(gap.shortfall()).isEqualTo(Ratio.parse("0.3"));
        assertThat(gap.questions()).extracting(GapQuestion::questionId).startsWith(
                "L1.STRATEGY.01", "L1.STRATEGY.02", "L1.PRODUCTION_OPERATIONS.01", "L1.PRODUCTION_OPERATIONS.02");
        assertThat(gap.questions().get(0).gain()).isEqualTo(Ratio.of(1, 16));
    }

    @Test
    void allFourTailorableDomainsTailored() {
        // DESIGN, LOGISTICS, SALES, SERVICE tailored, their questions "not involved"
        // level 1: STRATEGY 1/4, PROD_OPS 1/4 → renormalized 1/2 each
        //   STRATEGY 1.0, PROD_OPS (0.8 + 0.5) / 2 = 0.65 → 0.5 + 0.325 = 0.825, shown 0.83 (half up)
        // level 2: STRATEGY 1/8, DATA 1/8, PROD_OPS 1/4 → sum 1/2 → 1/4, 1/4, 1/2
        //   STRATEGY 0.5, DATA 1.0, PROD_OPS 1.0 → 0.125 + 0.25 + 0.5 = 0.875, shown 0.88
        // level 3: STRATEGY 1.0, DATA 0, PROD_OPS 1.0 → 0.25 + 0 + 0.5 = 0.75, not reached
        // total 0.825 + 0.875 + 0.75 = 2.45 → band [1.8, 2.8) → level 2
        AnswerSheet sheet = sheet(DISCRETE).level(1, "FULLY").level(2, "FULLY").level(3, "FULLY")
                .subDomain(1, "PRODUCTION_OPERATIONS", "MOSTLY", "PARTLY")
                .subDomain(2, "STRATEGY", "PARTLY")
                .subDomain(3, "DATA", "NOT");
        for (String subDomain : TAILORABLE) {
            sheet.notInvolved(1, subDomain).notInvolved(2, subDomain).notInvolved(3, subDomain);
        }
        ScoreExplanation explanation = explain(DISCRETE, tailored(TAILORABLE), sheet);

        assertThat(explanation.levels().get(0).score()).isEqualTo(Ratio.parse("0.825"));
        assertThat(levelDisplays(explanation)).containsExactly("0.83", "0.88", "0.75");
        assertThat(explanation.levels().get(1).subDomain("PRODUCTION_OPERATIONS").orElseThrow().weight())
                .isEqualTo(Ratio.of(1, 2));
        assertThat(explanation.levels().get(0).subDomains()).extracting(SubDomainScore::subDomain)
                .containsExactly("STRATEGY", "PRODUCTION_OPERATIONS");
        assertThat(explanation.tailored()).containsExactlyInAnyOrder(TAILORABLE);
        assertResult(explanation, "49/20", "2.45", 2, 2);
    }

    @Test
    void oneTailoredSubDomainRenormalizesTheOtherWeights() {
        // LOGISTICS tailored (its questions left unanswered): remaining weight 1 − 1/12 = 11/12
        // level 1: STRATEGY, PROD_OPS (1/4)/(11/12) = 3/11; DESIGN×2 (1/8)/(11/12) = 3/22; SALES, CUSTOMER_SERVICE 1/11
        //   all 1.0 except SALES 0 → 1 − 1/11 = 10/11 ≈ 0.909, shown 0.91
        // level 2: PROD_OPS 3/11, all 1.0 except PROD_OPS 0.5 → 1 − 3/11 × 0.5 = 19/22 ≈ 0.864, shown 0.86
        // level 3 all 0 → 0.00; total 10/11 + 19/22 + 0 = 39/22 ≈ 1.77 → level 1, though two levels were reached
        AnswerSheet sheet = sheet(DISCRETE).level(1, "FULLY").level(2, "FULLY").level(3, "NOT")
                .subDomain(1, "SALES", "NOT")
                .subDomain(2, "PRODUCTION_OPERATIONS", "PARTLY")
                .unanswered(1, "LOGISTICS").unanswered(2, "LOGISTICS").unanswered(3, "LOGISTICS");
        ScoreExplanation explanation = explain(DISCRETE, tailored("LOGISTICS"), sheet);

        LevelScore level1 = explanation.levels().get(0);
        assertThat(level1.subDomain("SALES").orElseThrow().weight()).isEqualTo(Ratio.of(1, 11));
        assertThat(level1.subDomain("PRODUCT_DESIGN").orElseThrow().weight()).isEqualTo(Ratio.of(3, 22));
        assertThat(level1.subDomain("LOGISTICS")).isEmpty();
        assertThat(level1.tailored()).containsExactly("LOGISTICS");
        assertThat(level1.score()).isEqualTo(Ratio.of(10, 11));
        assertThat(explanation.levels().get(1).score()).isEqualTo(Ratio.of(19, 22));
        assertThat(levelDisplays(explanation)).containsExactly("0.91", "0.86", "0.00");
        assertResult(explanation, "39/22", "1.77", 1, 2);
    }

    @Test
    void notInvolvedAnswersInTailoredSubDomainsDropOut() {
        // SALES and CUSTOMER_SERVICE tailored; CUSTOMER_SERVICE answered "not involved", SALES answered 0 (ignored)
        // remaining weight 1 − 2/12 = 5/6
        // level 1: STRATEGY, PROD_OPS 3/10; DESIGN×2 3/20; LOGISTICS 1/10
        //   all 1.0 except LOGISTICS (0 + 0.8) / 2 = 0.4 → 1 − 1/10 × 0.6 = 0.94
        // level 2: STRATEGY (1/8)/(5/6) = 3/20 at 1.0, the rest 0 → 0.15, not reached
        // total 0.94 + 0.15 = 1.09 → level 1
        AnswerSheet sheet = sheet(DISCRETE).level(1, "FULLY").level(2, "NOT")
                .subDomain(1, "LOGISTICS", "NOT", "MOSTLY")
                .subDomain(1, "SALES", "NOT")
                .notInvolved(1, "CUSTOMER_SERVICE")
                .subDomain(2, "STRATEGY", "FULLY")
                .notInvolved(2, "SALES").notInvolved(2, "CUSTOMER_SERVICE");
        ScoreExplanation explanation = explain(DISCRETE, tailored("SALES", "CUSTOMER_SERVICE"), sheet);

        assertThat(explanation.levels().get(0).score()).isEqualTo(Ratio.parse("0.94"));
        assertThat(explanation.levels().get(1).score()).isEqualTo(Ratio.parse("0.15"));
        assertThat(explanation.levels().get(0).subDomain("SALES")).isEmpty();
        assertResult(explanation, "109/100", "1.09", 1, 1);
    }

    @Test
    void theStandardsExampleSumsTo355AndGivesLevelThree() {
        // level 1 all 1.0 → 1.00
        // level 2 PROD_OPS 0.8 → 1 − 1/4 × 0.2 = 0.95
        // level 3 STRATEGY, DATA, PRODUCT_DESIGN, PROCESS_DESIGN 0.8 → 1 − 4 × 1/8 × 0.2 = 0.90
        // level 4 PROD_OPS 0.5 (−0.125), STRATEGY 0.5 (−0.0625), DATA 0.5 (−0.0625), DESIGN×2 0.8 (−0.025 each)
        //   → 1 − 0.3 = 0.70, not reached
        // total 1.00 + 0.95 + 0.90 + 0.70 = 3.55 → band [2.8, 3.8) → level 3 (DOMAIN.md §2.5)
        AnswerSheet sheet = sheet(DISCRETE).all("FULLY")
                .subDomain(2, "PRODUCTION_OPERATIONS", "MOSTLY")
                .subDomain(3, "STRATEGY", "MOSTLY").subDomain(3, "DATA", "MOSTLY")
                .subDomain(3, "PRODUCT_DESIGN", "MOSTLY").subDomain(3, "PROCESS_DESIGN", "MOSTLY")
                .subDomain(4, "PRODUCTION_OPERATIONS", "PARTLY").subDomain(4, "STRATEGY", "PARTLY")
                .subDomain(4, "DATA", "PARTLY")
                .subDomain(4, "PRODUCT_DESIGN", "MOSTLY").subDomain(4, "PROCESS_DESIGN", "MOSTLY");
        ScoreExplanation explanation = explain(DISCRETE, sheet);

        assertThat(levelDisplays(explanation)).containsExactly("1.00", "0.95", "0.90", "0.70");
        assertThat(explanation.levels().get(3).score()).isEqualTo(Ratio.parse("0.7"));
        assertResult(explanation, "71/20", "3.55", 3, 3);
        assertThat(explanation.result().total()).isEqualTo(Ratio.parse("3.55"));
    }

    @Test
    void allFiveLevelsReachedAtMostlyGivesLevelFourOnly() {
        // every level 0.8 → reached, so all five are answered; total 5 × 0.8 = 4.00 → band [3.8, 4.8) → level 4
        ScoreExplanation explanation = explain(DISCRETE, sheet(DISCRETE).all("MOSTLY"));

        assertThat(levelDisplays(explanation)).containsExactly("0.80", "0.80", "0.80", "0.80", "0.80");
        assertResult(explanation, "4", "4.00", 4, 5);
        assertThat(explanation.gap()).isEmpty();
    }

    @Test
    void levelFiveAnsweredButNotReached() {
        // levels 1-4 all 1.0, level 5 all 0.5 → 0.50; total 4 + 0.5 = 4.50 → level 4; gap at level 5, shortfall 0.30
        ScoreExplanation explanation = explain(DISCRETE, sheet(DISCRETE).all("FULLY").level(5, "PARTLY"));

        assertResult(explanation, "9/2", "4.50", 4, 4);
        assertThat(explanation.gap()).hasValueSatisfying(gap -> {
            assertThat(gap.level()).isEqualTo(5);
            assertThat(gap.shortfall().toDisplay()).isEqualTo("0.30");
        });
    }

    @Test
    void discreteAndProcessWeightsGiveDifferentResultsForTheSameAnswers() {
        // the same answer sheet: level 1 all 1.0 except PROD_OPS .01 = 0, .02 = 0.8 (DISCRETE), .03 = 0.8 (PROCESS);
        // level 2 all 0. PROD_OPS = (0 + 0.8) / 2 = 0.4 for either type
        // DISCRETE level 1: 1 − 1/4 × 0.6 = 0.85, reached; total 0.85 + 0 → level 1
        // PROCESS level 1:  1 − 2/5 × 0.6 = 0.76, not reached; total 0.76 → no level
        Map<String, Answer> answers = sheet(MIXED).level(1, "FULLY").level(2, "NOT")
                .subDomain(1, "PRODUCTION_OPERATIONS", "NOT", "MOSTLY", "MOSTLY").answers();

        ScoreExplanation discrete = engine.explain(model, DISCRETE, Tailoring.NONE, answers);
        ScoreExplanation process = engine.explain(model, PROCESS, Tailoring.NONE, answers);

        assertThat(discrete.levels().get(0).score()).isEqualTo(Ratio.parse("0.85"));
        assertResult(discrete, "17/20", "0.85", 1, 1);
        assertThat(process.levels().get(0).score()).isEqualTo(Ratio.parse("0.76"));
        assertResult(process, "19/25", "0.76", 0, 0);
    }

    @Test
    void mixedAnswersTheQuestionsOfBothTypesWeightedAsDiscrete() {
        // level 1 all 1.0 except PROD_OPS .01 = 1.0, .02 (DISCRETE) = 0.5, .03 (PROCESS) = 0; level 2 all 0
        // MIXED:    PROD_OPS = (1 + 0.5 + 0) / 3 = 0.5 at DISCRETE weight 1/4 → 1 − 1/4 × 0.5 = 0.875, shown 0.88
        // DISCRETE: PROD_OPS = (1 + 0.5) / 2 = 0.75 → 1 − 1/4 × 0.25 = 0.9375, shown 0.94
        // PROCESS:  PROD_OPS = (1 + 0) / 2 = 0.5 at 2/5 → 1 − 2/5 × 0.5 = 0.80, just reached
        Map<String, Answer> answers = sheet(MIXED).level(1, "FULLY").level(2, "NOT")
                .subDomain(1, "PRODUCTION_OPERATIONS", "FULLY", "PARTLY", "NOT").answers();

        ScoreExplanation mixed = engine.explain(model, MIXED, Tailoring.NONE, answers);
        LevelScore mixedLevel1 = mixed.levels().get(0);
        assertThat(mixedLevel1.subDomain("PRODUCTION_OPERATIONS").orElseThrow().scoredQuestions()).isEqualTo(3);
        assertThat(mixedLevel1.score()).isEqualTo(Ratio.parse("0.875"));
        assertResult(mixed, "7/8", "0.88", 1, 1);

        LevelScore discrete = engine.scoreLevel(model, DISCRETE, Tailoring.NONE, 1, answers);
        assertThat(discrete.score()).isEqualTo(Ratio.parse("0.9375"));
        assertThat(discrete.display()).isEqualTo("0.94");
        LevelScore process = engine.scoreLevel(model, PROCESS, Tailoring.NONE, 1, answers);
        assertThat(process.score()).isEqualTo(Ratio.parse("0.8"));
        assertThat(process.reached()).isTrue();
    }

    @Test
    void mostlyAndPartlyValuesAreExact() {
        // level 1: STRATEGY (0.8 + 0.8)/2 = 0.8 × 1/4 = 0.2; PROD_OPS (1 + 0.5)/2 = 0.75 × 1/4 = 0.1875;
        //   PRODUCT_DESIGN 0.5 × 1/8 = 0.0625; PROCESS_DESIGN 1 × 1/8 = 0.125;
        //   LOGISTICS (0.8 + 0.5)/2 = 0.65, SALES (1 + 0.8)/2 = 0.9, CUSTOMER_SERVICE 0.9 → (0.65 + 0.9 + 0.9)/12 = 49/240
        //   0.575 + 49/240 = 138/240 + 49/240 = 187/240 ≈ 0.7792, shown 0.78: not reached → no level
        AnswerSheet sheet = sheet(DISCRETE)
                .subDomain(1, "STRATEGY", "MOSTLY", "MOSTLY")
                .subDomain(1, "PRODUCTION_OPERATIONS", "FULLY", "PARTLY")
                .subDomain(1, "PRODUCT_DESIGN", "PARTLY", "PARTLY")
                .subDomain(1, "PROCESS_DESIGN", "FULLY", "FULLY")
                .subDomain(1, "LOGISTICS", "MOSTLY", "PARTLY")
                .subDomain(1, "SALES", "FULLY", "MOSTLY")
                .subDomain(1, "CUSTOMER_SERVICE", "MOSTLY", "FULLY");
        ScoreExplanation explanation = explain(DISCRETE, sheet);

        LevelScore level1 = explanation.levels().get(0);
        assertThat(level1.subDomain("LOGISTICS").orElseThrow().display()).isEqualTo("0.65");
        assertThat(level1.subDomain("SALES").orElseThrow().score()).isEqualTo(Ratio.parse("0.9"));
        assertThat(level1.score()).isEqualTo(Ratio.of(187, 240));
        assertResult(explanation, "187/240", "0.78", 0, 0);
    }

    @Test
    void bandEdgeOf18GivesLevelTwo() {
        // 1.0 + 0.8 (reached) + 0 = 1.80 → band [1.8, 2.8) → level 2
        ScoreExplanation explanation = explain(DISCRETE,
                sheet(DISCRETE).level(1, "FULLY").level(2, "MOSTLY").level(3, "NOT"));

        assertResult(explanation, "9/5", "1.80", 2, 2);
    }

    @Test
    void bandEdgeOf179GivesLevelOne() {
        // level 2 all 0.8 except LOGISTICS 0.65 → 0.8 − 1/12 × 0.15 = 0.7875, not reached
        // total 1.0 + 0.7875 = 1.7875, shown 1.79 → band [0.8, 1.8) → level 1
        ScoreExplanation explanation = explain(DISCRETE, sheet(DISCRETE).level(1, "FULLY").level(2, "MOSTLY")
                .subDomain(2, "LOGISTICS", "MOSTLY", "PARTLY"));

        assertResult(explanation, "143/80", "1.79", 1, 1);
    }

    @Test
    void bandEdgeOf48GivesLevelFive() {
        // levels 1-4 1.0, level 5 0.8 (reached) → 4.80 → band [4.8, 5] → level 5
        ScoreExplanation explanation = explain(DISCRETE, sheet(DISCRETE).all("FULLY").level(5, "MOSTLY"));

        assertResult(explanation, "24/5", "4.80", 5, 5);
        assertThat(explanation.gap()).isEmpty();
    }

    @Test
    void processWeightsWithDecimalsStayExact() {
        // PROCESS level 2 weights are decimals: SALES 0.05, CUSTOMER_SERVICE 0.05, LOGISTICS 0.1, PROD_OPS 0.4
        // level 2 all 1.0 except SALES 0 and CUSTOMER_SERVICE 0.5 → 1 − 0.05 − 0.025 = 0.925, shown 0.93 (half up)
        // level 3 all 0 → total 1 + 0.925 + 0 = 1.925, shown 1.93 → level 2
        ScoreExplanation explanation = explain(PROCESS, sheet(PROCESS).level(1, "FULLY").level(2, "FULLY")
                .level(3, "NOT").subDomain(2, "SALES", "NOT").subDomain(2, "CUSTOMER_SERVICE", "PARTLY"));

        assertThat(explanation.levels().get(1).score()).isEqualTo(Ratio.parse("0.925"));
        assertThat(levelDisplays(explanation)).containsExactly("1.00", "0.93", "0.00");
        assertResult(explanation, "77/40", "1.93", 2, 2);
    }

    /** The score bands of GB/T 39117 applied to level scores as they are stored, edges included. */
    @ParameterizedTest(name = "{0} → total {1}, level {2}")
    @CsvSource({
            "0.79,               0.79, 0",
            "0.8 0,              0.80, 1",
            "1 0.79,             1.79, 1",
            "0.8 0.8 0,          1.60, 1",
            "1 0.8 0,            1.80, 2",
            "1 1 0.79,           2.79, 2",
            "1 1 0.8 0,          2.80, 3",
            "1 1 1 0.79,         3.79, 3",
            "1 1 1 0.8 0,        3.80, 4",
            "1 1 1 1 0.79,       4.79, 4",
            "1 1 1 1 0.8,        4.80, 5",
            "1 1 1 1 1,          5.00, 5",
            "1 0.95 0.9 0.7,     3.55, 3"})
    void scoreBandsOfStoredLevelScores(String levelScores, String total, int maturityLevel) {
        List<Ratio> scores = Arrays.stream(levelScores.split(" ")).map(Ratio::parse).toList();

        DiagnosisResult result = engine.result(model, scores);

        assertThat(result.display()).isEqualTo(total);
        assertThat(result.total()).isEqualTo(Ratio.parse(total));
        assertThat(result.maturityLevel()).isEqualTo(maturityLevel);
    }

    private AnswerSheet sheet(ProductionType type) {
        return AnswerSheet.of(model, type);
    }

    private Tailoring tailored(String... subDomains) {
        return Tailoring.of(model, List.of(subDomains));
    }

    private ScoreExplanation explain(ProductionType type, AnswerSheet sheet) {
        return explain(type, Tailoring.NONE, sheet);
    }

    private ScoreExplanation explain(ProductionType type, Tailoring tailoring, AnswerSheet sheet) {
        return engine.explain(model, type, tailoring, sheet.answers());
    }

    private static List<String> levelDisplays(ScoreExplanation explanation) {
        return explanation.levels().stream().map(LevelScore::display).toList();
    }

    private static void assertResult(ScoreExplanation explanation, String exactTotal, String shownTotal,
                                     int maturityLevel, int levelsReached) {
        DiagnosisResult result = explanation.result();
        assertThat(result.total()).isEqualTo(Ratio.parse(exactTotal));
        assertThat(result.display()).isEqualTo(shownTotal);
        assertThat(result.maturityLevel()).isEqualTo(maturityLevel);
        assertThat(result.levelsReached()).isEqualTo(levelsReached);
    }
}
