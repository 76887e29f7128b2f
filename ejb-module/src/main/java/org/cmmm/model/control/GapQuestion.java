package org.cmmm.model.control;

import java.util.Objects;

/**
 * A question of the first level not reached that scored below 1, with {@code gain}: exactly how much the level
 * score rises if it were fully satisfied, (renormalized sub-domain weight / scored questions) × (1 − value).
 */
public record GapQuestion(String questionId, String subDomain, Ratio value, Ratio gain) {

    public GapQuestion {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(subDomain, "subDomain");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(gain, "gain");
    }
}
