package org.cmmm.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cmmm.model.control.DiagnosisResult;
import org.cmmm.model.control.LevelScore;
import org.cmmm.model.control.Ratio;
import org.cmmm.model.control.ScoreExplanation;
import org.cmmm.model.control.SubDomainScore;
import org.junit.jupiter.api.Test;

class DiagnosisComparisonTest {

    @Test
    void bothStoppedAtTheSameLevelEverySubDomainChangesByThisScoreMinusThePrevious() {
        ScoreExplanation previous = explanation(level(1, "1", Map.of("DATA", "1", "PLANNING", "1")),
                level(2, "0.5", Map.of("DATA", "0.5", "PLANNING", "0.5")));
        ScoreExplanation current = explanation(level(1, "1", Map.of("DATA", "1", "PLANNING", "1")),
                level(2, "0.75", Map.of("DATA", "0.8", "PLANNING", "0.5")));

        DiagnosisComparison comparison = DiagnosisComparison.of(current, previous);

        assertThat(comparison.level()).isEqualTo(2);
        assertThat(comparison.subDomains()).extracting(SubDomainChange::subDomain).containsExactly("DATA", "PLANNING");
        assertThat(comparison.subDomains()).extracting(SubDomainChange::change)
                .containsExactly(Ratio.parse("0.3"), Ratio.ZERO);
        assertThat(comparison.subDomains()).extracting(SubDomainChange::display).containsExactly("+0.30", "0.00");
        assertThat(comparison.totalChange()).isEqualTo(Ratio.parse("0.25"));
        assertThat(comparison.totalDisplay()).isEqualTo("+0.25");
    }

    @Test
    void aDiagnosisThatGotFurtherIsComparedAtTheHighestLevelBothAnswered() {
        ScoreExplanation previous = explanation(level(1, "0.6", Map.of("DATA", "0.6")));
        ScoreExplanation current = explanation(level(1, "0.9", Map.of("DATA", "0.9")),
                level(2, "0.2", Map.of("DATA", "0.2")));

        DiagnosisComparison comparison = DiagnosisComparison.of(current, previous);

        assertThat(comparison.level()).isEqualTo(1);
        assertThat(comparison.subDomains()).singleElement().satisfies(change -> {
            assertThat(change.previous()).isEqualTo(Ratio.parse("0.6"));
            assertThat(change.current()).isEqualTo(Ratio.parse("0.9"));
            assertThat(change.display()).isEqualTo("+0.30");
        });
        assertThat(comparison.totalDisplay()).isEqualTo("+0.50");
    }

    @Test
    void aFallIsShownWithAMinusAndTheLevelIsTheLowerOfTheTwo() {
        ScoreExplanation previous = explanation(level(1, "1", Map.of("DATA", "1")), level(2, "0.9", Map.of("DATA", "0.9")),
                level(3, "0.4", Map.of("DATA", "0.4")));
        ScoreExplanation current = explanation(level(1, "1", Map.of("DATA", "1")), level(2, "0.6", Map.of("DATA", "0.6")));

        DiagnosisComparison comparison = DiagnosisComparison.of(current, previous);

        assertThat(comparison.level()).isEqualTo(2);
        assertThat(comparison.subDomains()).singleElement().extracting(SubDomainChange::display).isEqualTo("-0.30");
        assertThat(comparison.totalDisplay()).isEqualTo("-0.70");
    }

    @Test
    void aSubDomainScoredInOnlyOneOfThemIsLeftOutNotShownAsAJumpFromZero() {
        ScoreExplanation previous = explanation(level(1, "0.5", Map.of("DATA", "0.5", "SALES", "0.5")));
        ScoreExplanation current = explanation(level(1, "0.7", Map.of("DATA", "0.7", "LOGISTICS", "0.1")));

        DiagnosisComparison comparison = DiagnosisComparison.of(current, previous);

        assertThat(comparison.subDomains()).extracting(SubDomainChange::subDomain).containsExactly("DATA");
    }

    @Test
    void aRoundedAwayChangeIsShownAsZeroWithoutASign() {
        assertThat(new SubDomainChange("DATA", Ratio.of(1, 2), Ratio.parse("0.501")).display()).isEqualTo("0.00");
        assertThat(new SubDomainChange("DATA", Ratio.parse("0.501"), Ratio.of(1, 2)).display()).isEqualTo("0.00");
    }

    /** Level scores in order; the sub-domain maps are kept in the order given (sorted by code for readability). */
    private static LevelScore level(int number, String score, Map<String, String> subDomains) {
        List<SubDomainScore> scores = new ArrayList<>();
        new LinkedHashMap<>(new java.util.TreeMap<>(subDomains)).forEach((code, value) ->
                scores.add(new SubDomainScore(code, Ratio.parse(value), Ratio.of(1, subDomains.size()), 1)));
        Ratio ratio = Ratio.parse(score);
        return new LevelScore(number, ratio, ratio.compareTo(Ratio.parse("0.8")) >= 0, scores, Set.of());
    }

    private static ScoreExplanation explanation(LevelScore... levels) {
        List<Ratio> scores = java.util.Arrays.stream(levels).map(LevelScore::score).toList();
        Ratio total = scores.stream().reduce(Ratio.ZERO, Ratio::add);
        int reached = (int) java.util.Arrays.stream(levels).filter(LevelScore::reached).count();
        DiagnosisResult result = new DiagnosisResult(scores, total, 0, reached);
        return new ScoreExplanation(result, List.of(levels), Set.of(), List.of(), Optional.empty(),
                new org.cmmm.model.control.CapabilityScores(java.util.Map.of()));
    }
}
