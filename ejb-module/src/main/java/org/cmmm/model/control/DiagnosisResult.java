package org.cmmm.model.control;

import java.util.List;
import java.util.Objects;

/**
 * The result of a finished diagnosis (GB/T 39117; DOMAIN.md §2.5–2.6): the level scores answered in order,
 * their sum as total, and the maturity level the total's score band gives (0 = 未达到一级). The maturity level
 * can be below the number of levels reached: 0.8 + 0.8 + 0 = 1.6 reaches level 2 yet gives level 1.
 */
public record DiagnosisResult(List<Ratio> levelScores, Ratio total, int maturityLevel, int levelsReached) {

    public DiagnosisResult {
        levelScores = List.copyOf(levelScores);
        Objects.requireNonNull(total, "total");
    }

    /** The total as shown: "3.55". */
    public String display() {
        return total.toDisplay();
    }
}
