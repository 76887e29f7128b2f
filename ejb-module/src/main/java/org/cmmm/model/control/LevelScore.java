package org.cmmm.model.control;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The score of one submitted level: Σ renormalized weight × sub-domain score, reached when at least the
 * model's threshold (GB/T 39117; DOMAIN.md §2.3–2.4). Sub-domains are in navigation order; {@code tailored}
 * names the tailored sub-domains that would otherwise apply at this level.
 */
public record LevelScore(int level, Ratio score, boolean reached, List<SubDomainScore> subDomains, Set<String> tailored) {

    public LevelScore {
        Objects.requireNonNull(score, "score");
        subDomains = List.copyOf(subDomains);
        tailored = Collections.unmodifiableSet(new TreeSet<>(tailored));
    }

    public String display() {
        return score.toDisplay();
    }

    public Optional<SubDomainScore> subDomain(String code) {
        return subDomains.stream().filter(score -> score.subDomain().equals(code)).findFirst();
    }
}
