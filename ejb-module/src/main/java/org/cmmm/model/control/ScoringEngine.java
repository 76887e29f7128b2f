package org.cmmm.model.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The GB/T 39117 scoring of a diagnosis (DOMAIN.md §2). Stateless: everything comes from the model version the
 * diagnosis started with and its answers, so a result can be recomputed, identically, at any time.
 */
public final class ScoringEngine {

    /**
     * Scores a submitted level. {@code answers} may hold answers of other levels; they are ignored.
     *
     * @throws org.cmmm.platform.control.BusinessException {@code model.level.unanswered} (level, question ids) when
     *         a question of a non-tailored sub-domain is unanswered; {@code model.answer.notInvolvedRefused}
     *         (question id) when such a question is answered NOT_INVOLVED
     * @throws IllegalArgumentException when the level does not exist or an answer names an unknown option
     */
    public LevelScore scoreLevel(MaturityModel model, ProductionType productionType, Tailoring tailoring, int level,
                                 Map<String, Answer> answers) {
        return new LevelScoring(model, productionType, tailoring, level).score(answers);
    }

    /** The level that opens after a scored level: the next one if it was reached, none after a failure or level 5. */
    public OptionalInt nextLevel(MaturityModel model, LevelScore scored) {
        return scored.reached() && model.level(scored.level() + 1).isPresent()
                ? OptionalInt.of(scored.level() + 1)
                : OptionalInt.empty();
    }

    /**
     * The result of a finished diagnosis from its level scores, level 1 first. Answering stops at the first
     * level not reached or after level 5; the total is the sum of every level answered (1.00 + 0.95 + 0.90 +
     * 0.70 = 3.55) and the maturity level is the total's score band.
     *
     * @throws IllegalArgumentException when the scores break the answering order or are not level scores
     * @throws IllegalStateException when the diagnosis is not finished (its last level was reached below level 5)
     */
    public DiagnosisResult result(MaturityModel model, List<Ratio> levelScores) {
        int answered = levelScores.size();
        if (answered == 0 || answered > model.levels().size()) {
            throw new IllegalArgumentException(answered + " level scores, expected 1.." + model.levels().size());
        }
        int reached = 0;
        for (int i = 0; i < answered; i++) {
            Ratio score = levelScores.get(i);
            if (score.signum() < 0 || score.compareTo(Ratio.ONE) > 0) {
                throw new IllegalArgumentException("level " + (i + 1) + " score " + score + " is outside [0, 1]");
            }
            boolean levelReached = model.reaches(score);
            if (!levelReached && i < answered - 1) {
                throw new IllegalArgumentException("level " + (i + 1) + " was not reached, yet level " + (i + 2)
                        + " was answered");
            }
            reached += levelReached ? 1 : 0;
        }
        if (reached == answered && answered < model.levels().size()) {
            throw new IllegalStateException("diagnosis not finished: level " + answered + " was reached");
        }
        Ratio total = levelScores.stream().reduce(Ratio.ZERO, Ratio::add);
        ScoreBand band = model.band(total).orElseThrow(() -> new IllegalStateException(
                "model " + model.version() + " has no score band for " + total));
        return new DiagnosisResult(levelScores, total, band.level(), reached);
    }

    /**
     * Scores a finished diagnosis level by level, as it was answered, and explains the result.
     *
     * @throws org.cmmm.platform.control.BusinessException as {@link #scoreLevel} when a level that was to be
     *         answered is incomplete, i.e. the diagnosis is not finished
     */
    public ScoreExplanation explain(MaturityModel model, ProductionType productionType, Tailoring tailoring,
                                    Map<String, Answer> answers) {
        List<LevelScore> levels = new ArrayList<>();
        LevelScore last;
        OptionalInt next = OptionalInt.of(1);
        do {
            last = scoreLevel(model, productionType, tailoring, next.getAsInt(), answers);
            levels.add(last);
            next = nextLevel(model, last);
        } while (next.isPresent());
        DiagnosisResult result = result(model, levels.stream().map(LevelScore::score).toList());
        List<SubDomainScore> weakest = last.subDomains().stream()
                .sorted(Comparator.comparing(SubDomainScore::score)
                        .thenComparing(SubDomainScore::subDomain, model.byNavigationOrder()))
                .toList();
        Optional<LevelGap> gap = last.reached()
                ? Optional.empty()
                : Optional.of(GapAnalysis.of(model, productionType, last, answers));
        return new ScoreExplanation(result, levels, tailoring.subDomains(), weakest, gap,
                CapabilityScores.of(model, productionType, tailoring, levels));
    }
}
