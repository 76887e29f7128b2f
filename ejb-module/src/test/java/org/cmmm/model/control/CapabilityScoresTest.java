package org.cmmm.model.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cmmm.model.control.ProductionType.DISCRETE;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Capability score = Σ of a sub-domain's scores over the levels answered (DOMAIN.md §6). */
class CapabilityScoresTest {

    private final MaturityModel model = TestModelBuilder.standard().build();
    private final ScoringEngine engine = new ScoringEngine();

    @Test
    void eachSubDomainSumsItsScoresOverTheLevelsAnsweredInNavigationOrder() {
        // level 1 reached (all fully but STRATEGY mostly+partly = 0.65), level 2 fails (all not, SALES partly)
        AnswerSheet sheet = AnswerSheet.of(model, DISCRETE).level(1, "FULLY").subDomain(1, "STRATEGY", "MOSTLY", "PARTLY")
                .level(2, "NOT").subDomain(2, "SALES", "PARTLY");

        ScoreExplanation explanation = engine.explain(model, DISCRETE, Tailoring.NONE, sheet.answers());

        assertThat(explanation.levels()).hasSize(2);
        CapabilityScores capabilities = explanation.capabilities();
        assertThat(capabilities.bySubDomain().keySet()).containsExactlyElementsOf(
                model.navigationOrder().stream().map(SubDomain::code).toList());
        assertThat(capabilities.of("STRATEGY")).contains(Ratio.parse("0.65"));      // 0.65 + 0
        assertThat(capabilities.of("SALES")).contains(Ratio.parse("1.5"));          // 1 + 0.5
        assertThat(capabilities.of("LOGISTICS")).contains(Ratio.ONE);               // 1 + 0
        // DATA applies from level 2 only: answered there with "not", so 0, not "none"
        assertThat(capabilities.of("DATA")).contains(Ratio.ZERO);
    }

    @Test
    void aSubDomainFullySatisfiedAtEveryLevelItAppliesAtScoresOneALevel() {
        AnswerSheet sheet = AnswerSheet.of(model, DISCRETE).all("FULLY");
        CapabilityScores capabilities = engine.explain(model, DISCRETE, Tailoring.NONE, sheet.answers()).capabilities();
        assertThat(capabilities.of("STRATEGY")).contains(Ratio.of(5));
        assertThat(capabilities.of("DATA")).contains(Ratio.of(4)); // levels 2–5
    }

    @Test
    void aTailoredSubDomainHasNoneAndAnUnknownOneNeither() {
        Tailoring tailoring = Tailoring.of(model, Set.of("LOGISTICS"));
        AnswerSheet sheet = AnswerSheet.of(model, DISCRETE).level(1, "FULLY").level(2, "NOT");

        CapabilityScores capabilities = engine.explain(model, DISCRETE, tailoring, sheet.answers()).capabilities();

        assertThat(capabilities.of("LOGISTICS")).isEmpty();
        assertThat(capabilities.of("NO_SUCH")).isEmpty();
        assertThat(capabilities.bySubDomain()).hasSize(model.navigationOrder().size() - 1);
    }

    @Test
    void levelsWithoutSubDomainScoresAddNothing() {
        CapabilityScores none = CapabilityScores.of(model, DISCRETE, Tailoring.NONE, List.of());
        assertThat(none.bySubDomain().values()).containsOnly(Ratio.ZERO);
    }
}
