package org.cmmm.model.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cmmm.model.control.ProductionType.DISCRETE;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The weakest sub-domains and the gap to the next level, which the result page and report show. */
class ScoreExplanationTest {

    private final MaturityModel model = TestModelBuilder.standard().build();
    private final ScoringEngine engine = new ScoringEngine();

    @Test
    void weakestSubDomainsAreAtTheLastAnsweredLevelLowestFirstTiesInNavigationOrder() {
        // level 2 fails: SALES 0.5, PRODUCT_DESIGN 0.5, STRATEGY 0.65, CUSTOMER_SERVICE 1.0, the rest 0;
        // the four at 0 come first in navigation order, then PRODUCT_DESIGN before SALES (both 0.5)
        AnswerSheet sheet = AnswerSheet.of(model, DISCRETE).level(1, "FULLY").level(2, "NOT")
                .subDomain(2, "SALES", "PARTLY").subDomain(2, "PRODUCT_DESIGN", "PARTLY")
                .subDomain(2, "STRATEGY", "MOSTLY", "PARTLY").subDomain(2, "CUSTOMER_SERVICE", "FULLY");

        ScoreExplanation explanation = engine.explain(model, DISCRETE, Tailoring.NONE, sheet.answers());

        assertThat(explanation.weakestSubDomains()).extracting(SubDomainScore::subDomain).containsExactly(
                "DATA", "PRODUCTION_OPERATIONS", "PROCESS_DESIGN", "LOGISTICS",
                "PRODUCT_DESIGN", "SALES", "STRATEGY", "CUSTOMER_SERVICE");
        assertThat(explanation.weakest(2)).extracting(SubDomainScore::subDomain)
                .containsExactly("DATA", "PRODUCTION_OPERATIONS");
    }

    @Test
    void gapRanksQuestionsByWhatTheyWouldAddToTheLevelScore() {
        // level 1 fails. Gains = w / scored questions × (1 − value):
        //   PROD_OPS .01 at 0:      1/4 / 2 × 1   = 1/8
        //   STRATEGY .01 at 0.5:    1/4 / 2 × 0.5 = 1/16
        //   LOGISTICS .01, .02 at 0: 1/12 / 2 × 1 = 1/24 each
        //   PRODUCT_DESIGN .02 at 0.8: 1/8 / 2 × 0.2 = 1/80
        // fully satisfied questions are not listed
        AnswerSheet sheet = AnswerSheet.of(model, DISCRETE).level(1, "FULLY")
                .question("L1.PRODUCTION_OPERATIONS.01", "NOT")
                .question("L1.STRATEGY.01", "PARTLY")
                .subDomain(1, "LOGISTICS", "NOT")
                .question("L1.PRODUCT_DESIGN.02", "MOSTLY");

        ScoreExplanation explanation = engine.explain(model, DISCRETE, Tailoring.NONE, sheet.answers());

        // level score 1 − 30/240 − 15/240 − 20/240 − 3/240 = 172/240 = 43/60 ≈ 0.72
        LevelGap gap = explanation.gap().orElseThrow();
        assertThat(gap.score()).isEqualTo(Ratio.of(43, 60));
        assertThat(gap.shortfall()).isEqualTo(Ratio.parse("0.8").subtract(Ratio.of(43, 60)));
        assertThat(gap.questions()).extracting(GapQuestion::questionId).containsExactly(
                "L1.PRODUCTION_OPERATIONS.01", "L1.STRATEGY.01", "L1.LOGISTICS.01", "L1.LOGISTICS.02",
                "L1.PRODUCT_DESIGN.02");
        assertThat(gap.questions()).extracting(GapQuestion::gain).containsExactly(
                Ratio.of(1, 8), Ratio.of(1, 16), Ratio.of(1, 24), Ratio.of(1, 24), Ratio.of(1, 80));
        // raising every listed question to 1.0 restores the level score to exactly 1
        assertThat(gap.questions().stream().map(GapQuestion::gain).reduce(gap.score(), Ratio::add))
                .isEqualTo(Ratio.ONE);
    }

    @Test
    void gapUsesRenormalizedWeightsAndSkipsTailoredSubDomains() {
        // SALES and CUSTOMER_SERVICE tailored, answered 0 (ignored); level 1 weights over 5/6:
        // LOGISTICS (1/12)/(5/6) = 1/10 → LOGISTICS .01 at 0 gains 1/10 / 2 = 1/20
        Tailoring tailoring = Tailoring.of(model, List.of("SALES", "CUSTOMER_SERVICE"));
        AnswerSheet sheet = AnswerSheet.of(model, DISCRETE).level(1, "FULLY")
                .subDomain(1, "SALES", "NOT").subDomain(1, "CUSTOMER_SERVICE", "NOT")
                .question("L1.LOGISTICS.01", "NOT").subDomain(1, "STRATEGY", "NOT");

        LevelGap gap = engine.explain(model, DISCRETE, tailoring, sheet.answers()).gap().orElseThrow();

        assertThat(gap.questions()).extracting(GapQuestion::subDomain).doesNotContain("SALES", "CUSTOMER_SERVICE");
        assertThat(gap.questions()).filteredOn(question -> question.questionId().equals("L1.LOGISTICS.01"))
                .extracting(GapQuestion::gain).containsExactly(Ratio.of(1, 20));
    }

    @Test
    void reachingLevelFiveLeavesNoGap() {
        ScoreExplanation explanation = engine.explain(model, DISCRETE, Tailoring.NONE,
                AnswerSheet.of(model, DISCRETE).all("MOSTLY").answers());

        assertThat(explanation.gap()).isEmpty();
        assertThat(explanation.levels()).hasSize(5);
        assertThat(explanation.weakestSubDomains()).hasSize(8);
    }
}
