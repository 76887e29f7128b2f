package org.cmmm.report.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * At most {@code allowed} lookups per client address within a sliding {@code window}: enough for a programme
 * office checking a pile of reports by hand, far too few to try verification codes at random. Forgets addresses
 * whose window has passed, so it holds no more than the addresses of the last window.
 */
public final class LookupLimit {

    private final int allowed;
    private final Duration window;
    private final Map<String, Deque<Instant>> recent = new HashMap<>();
    private Instant lastSweep = Instant.MIN;

    public LookupLimit(int allowed, Duration window) {
        if (allowed < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limit needs at least one lookup in a positive window");
        }
        this.allowed = allowed;
        this.window = window;
    }

    /** Counts a lookup from {@code address} at {@code now}; false (and not counted) when it is one too many. */
    public synchronized boolean tryLookup(String address, Instant now) {
        Instant since = now.minus(window);
        if (lastSweep.isBefore(since)) {
            sweep(since);
            lastSweep = now;
        }
        Deque<Instant> times = recent.computeIfAbsent(address, any -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.removeFirst();
        }
        if (times.size() >= allowed) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    private void sweep(Instant since) {
        for (Iterator<Deque<Instant>> it = recent.values().iterator(); it.hasNext(); ) {
            Deque<Instant> times = it.next();
            if (times.isEmpty() || !times.peekLast().isAfter(since)) {
                it.remove();
            }
        }
    }
}
