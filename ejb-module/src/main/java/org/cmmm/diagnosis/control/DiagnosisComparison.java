package org.cmmm.diagnosis.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cmmm.model.control.LevelScore;
import org.cmmm.model.control.Ratio;
import org.cmmm.model.control.ScoreExplanation;
import org.cmmm.model.control.SubDomainScore;

/**
 * The change of a diagnosis since the enterprise's previous completed one (the result page, "与上次自诊断相比").
 * Sub-domain scores only mean the same thing at the same level, so the two are compared at <b>the highest level
 * both answered</b> (the lower of their last answered levels): for every sub-domain scored at that level in both,
 * change = this score − previous score. A sub-domain scored in only one of them (tailored in the other, or not
 * answered by its production type) has no change and is left out rather than shown as a jump from or to zero.
 * The total changes by this total − previous total. Rows keep the navigation order of this diagnosis.
 */
public record DiagnosisComparison(int level, Ratio previousTotal, Ratio currentTotal, List<SubDomainChange> subDomains) {

    public DiagnosisComparison {
        Objects.requireNonNull(previousTotal, "previousTotal");
        Objects.requireNonNull(currentTotal, "currentTotal");
        subDomains = List.copyOf(subDomains);
    }

    /** Compares {@code current} with the {@code previous} diagnosis of the same enterprise. */
    public static DiagnosisComparison of(ScoreExplanation current, ScoreExplanation previous) {
        int level = Math.min(lastLevel(current), lastLevel(previous));
        List<SubDomainChange> changes = new ArrayList<>();
        Optional<LevelScore> now = levelScore(current, level);
        Optional<LevelScore> before = levelScore(previous, level);
        if (now.isPresent() && before.isPresent()) {
            for (SubDomainScore score : now.get().subDomains()) {
                before.get().subDomain(score.subDomain()).ifPresent(earlier ->
                        changes.add(new SubDomainChange(score.subDomain(), earlier.score(), score.score())));
            }
        }
        return new DiagnosisComparison(level, previous.result().total(), current.result().total(), changes);
    }

    public Ratio totalChange() {
        return currentTotal.subtract(previousTotal);
    }

    /** The total's change as shown, always signed: "+0.55". */
    public String totalDisplay() {
        return signed(totalChange());
    }

    /** Two decimals with an explicit sign for a rise: "+0.25", "-0.30", "0.00". */
    static String signed(Ratio change) {
        String shown = change.toDisplay();
        return change.signum() > 0 && !shown.equals("0.00") ? "+" + shown : shown;
    }

    private static int lastLevel(ScoreExplanation explanation) {
        return explanation.levels().get(explanation.levels().size() - 1).level();
    }

    private static Optional<LevelScore> levelScore(ScoreExplanation explanation, int level) {
        return explanation.levels().stream().filter(score -> score.level() == level).findFirst();
    }
}
