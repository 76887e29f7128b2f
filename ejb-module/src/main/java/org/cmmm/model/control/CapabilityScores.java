package org.cmmm.model.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The capability score of each sub-domain in a finished diagnosis (DOMAIN.md §6): the sum of the sub-domain's
 * scores over the levels the diagnosis answered, so 0–5 on the scale of the total. Statistics average it per
 * sub-domain and reports draw it as a radar. A sub-domain has one when it applies to the diagnosis's production type
 * at some level of the model and is not tailored; it is 0 when it was never scored at a level answered (it applies
 * only higher up). Tailored and inapplicable sub-domains have none and stay out of every average.
 */
public record CapabilityScores(Map<String, Ratio> bySubDomain) {

    public CapabilityScores {
        bySubDomain = Collections.unmodifiableMap(new LinkedHashMap<>(bySubDomain));
    }

    /** From the levels answered, level 1 first; the map is in navigation order. */
    public static CapabilityScores of(MaturityModel model, ProductionType type, Tailoring tailoring, List<LevelScore> levels) {
        Map<String, Ratio> sums = new LinkedHashMap<>();
        for (SubDomain subDomain : model.navigationOrder()) {
            boolean applies = model.levels().stream().anyMatch(level -> subDomain.appliesAt(level.number(), type));
            if (applies && !tailoring.isTailored(subDomain.code())) {
                sums.put(subDomain.code(), Ratio.ZERO);
            }
        }
        for (LevelScore level : levels) {
            for (SubDomainScore score : level.subDomains()) {
                sums.computeIfPresent(score.subDomain(), (code, sum) -> sum.add(score.score()));
            }
        }
        return new CapabilityScores(sums);
    }

    /** The sub-domain's capability score; empty when it has none (tailored or not applicable). */
    public Optional<Ratio> of(String subDomain) {
        return Optional.ofNullable(bySubDomain.get(subDomain));
    }
}
