package org.cmmm.statistics.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell protection (DOMAIN.md §6): a figure shown to someone outside the authority that owns the enterprises
 * behind it needs at least k of them, and must not be recoverable by differencing. A regional administrator who
 * compares their region with the regions above it knows their own figures; the figure of the region above, less
 * theirs, is the figure of the other enterprises there: so it is shown only when those others number 0 or at least k
 * as well. The same holds between any two figures shown together, outward to the nation.
 */
public final class SmallCells {

    /** The default k: figures of fewer than five enterprises are not shown outside their authority. */
    public static final int DEFAULT_MINIMUM = 5;

    private final int minimum;

    public SmallCells(int minimum) {
        if (minimum < 1) {
            throw new IllegalArgumentException("k must be at least 1, not " + minimum);
        }
        this.minimum = minimum;
    }

    public int minimum() {
        return minimum;
    }

    /**
     * Which figures of a chain of nested groups may be shown: {@code counts[0]} is the viewer's own (always shown, it
     * is theirs), each next one contains the one before (parent region, …, nation). A figure outside is shown when
     * it stands for at least k enterprises and differs from every figure shown inside it by 0 or at least k.
     */
    public List<Boolean> shownAlong(long... counts) {
        List<Boolean> shown = new ArrayList<>();
        List<Long> shownCounts = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            long count = counts[i];
            boolean show = i == 0 || (count >= minimum && shownCounts.stream().allMatch(inner -> safeDifference(count, inner)));
            shown.add(show);
            if (show) {
                shownCounts.add(count);
            }
        }
        return shown;
    }

    /**
     * Whether a figure may be shown on its own to someone outside its authority (a peer benchmark, a public or
     * exported aggregate): at least k enterprises.
     */
    public boolean shown(long count) {
        return count >= minimum;
    }

    private boolean safeDifference(long outer, long inner) {
        long others = outer - inner;
        return others == 0 || others >= minimum;
    }
}
