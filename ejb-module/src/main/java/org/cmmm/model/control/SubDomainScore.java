package org.cmmm.model.control;

import java.util.Objects;

/**
 * A sub-domain's score at one level: the mean of its scored answers (GB/T 39117; DOMAIN.md §2.2), with the
 * weight it carried in the level score after tailored and unscored sub-domains dropped out (renormalized).
 */
public record SubDomainScore(String subDomain, Ratio score, Ratio weight, int scoredQuestions) {

    public SubDomainScore {
        Objects.requireNonNull(subDomain, "subDomain");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(weight, "weight");
    }

    public String display() {
        return score.toDisplay();
    }

    /** What one scored question of this sub-domain can add to the level score per unit of value. */
    Ratio weightPerQuestion() {
        return weight.divide(Ratio.of(scoredQuestions));
    }
}
