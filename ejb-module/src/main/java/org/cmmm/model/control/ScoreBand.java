package org.cmmm.model.control;

import java.util.Objects;

/**
 * The totals that give one maturity level (GB/T 39117; DOMAIN.md §2.6): {@code from} inclusive, {@code to}
 * exclusive except in the last band, which includes 5. Level 0 means no level reached (未达到一级).
 */
public record ScoreBand(int level, Ratio from, Ratio to) {

    public ScoreBand {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public boolean contains(Ratio total, boolean last) {
        int upper = total.compareTo(to);
        return total.compareTo(from) >= 0 && (upper < 0 || last && upper == 0);
    }
}
