package org.cmmm.model.control;

import java.util.List;
import java.util.Objects;

/**
 * What separates a diagnosis from the first level it did not reach: the shortfall (threshold − level score) and
 * the questions that would close it, largest gain first.
 */
public record LevelGap(int level, Ratio score, Ratio shortfall, List<GapQuestion> questions) {

    public LevelGap {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(shortfall, "shortfall");
        questions = List.copyOf(questions);
    }
}
