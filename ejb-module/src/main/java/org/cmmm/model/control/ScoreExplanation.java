package org.cmmm.model.control;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why a diagnosis scored what it did, for the result page and report: results must be explainable because
 * provinces tie programmes to a level (DOMAIN.md §5). {@code weakestSubDomains} holds every sub-domain scored
 * at the last answered level, lowest score first, ties in navigation order. {@code gap} is empty when level 5
 * was reached; {@code capabilities} sum each sub-domain over the levels answered.
 */
public record ScoreExplanation(DiagnosisResult result, List<LevelScore> levels, Set<String> tailored,
                               List<SubDomainScore> weakestSubDomains, Optional<LevelGap> gap,
                               CapabilityScores capabilities) {

    public ScoreExplanation {
        Objects.requireNonNull(result, "result");
        levels = List.copyOf(levels);
        tailored = Collections.unmodifiableSet(new TreeSet<>(tailored));
        weakestSubDomains = List.copyOf(weakestSubDomains);
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(capabilities, "capabilities");
    }

    /** The weakest {@code count} sub-domains. */
    public List<SubDomainScore> weakest(int count) {
        return weakestSubDomains.subList(0, Math.min(count, weakestSubDomains.size()));
    }
}
