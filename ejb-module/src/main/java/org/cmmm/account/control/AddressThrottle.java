package org.cmmm.account.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per client address: after {@value #MAX_FAILURES} within {@link #WINDOW} an address may not try
 * again until the oldest of them is out of the window. The account lockout ({@link LoginLockout}) stops guessing one
 * account's password; this stops one address trying a common password on many accounts (and locking them all).
 * The limit is generous because many people of one enterprise may sit behind one address. Time comes in as an
 * argument. Kept in memory: a restart forgets it, which costs an attacker a restart of the platform to win.
 */
public final class AddressThrottle {

    public static final int MAX_FAILURES = 30;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Beyond this many addresses the oldest entries are dropped, so that a flood of addresses cannot fill memory. */
    static final int MAX_ADDRESSES = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** Whether this address may try to sign in at {@code now}. */
    public boolean allows(String address, Instant now) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            dropOld(recent, now);
            return recent.size() < MAX_FAILURES;
        }
    }

    /** Counts a failed sign-in of this address at {@code now}. */
    public void recordFailure(String address, Instant now) {
        if (failures.size() >= MAX_ADDRESSES) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    dropOld(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (recent) {
            dropOld(recent, now);
            recent.addLast(now);
        }
    }

    private static void dropOld(Deque<Instant> recent, Instant now) {
        Instant since = now.minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
            recent.removeFirst();
        }
    }
}
