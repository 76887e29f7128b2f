package org.cmmm.account.control;

import static org.cmmm.account.control.LoginLockout.FAILURE_WINDOW;
import static org.cmmm.account.control.LoginLockout.LOCK_DURATION;
import static org.cmmm.account.control.LoginLockout.MAX_CONSECUTIVE_FAILURES;

import java.time.Duration;
import java.time.Instant;
import org.cmmm.platform.control.BusinessException;

/**
 * The failed-login state of one account under the {@link LoginLockout} rule, as stored with the account.
 * Immutable: each event returns the next state, and time comes in as an argument so the boundary passes
 * {@code clock.instant()} and tests pass fixed instants.
 *
 * <p>The boundary checks {@link #isLocked} (or {@link #requireUnlocked}) <em>before</em> it verifies the
 * password: a locked account is refused without a password check, so neither a success nor a failure is
 * recorded while the lock holds.
 *
 * @param consecutiveFailures failures in the current run, 0 when there is none
 * @param firstFailureAt      the first failure of the current run, {@code null} when there is none
 * @param lockedUntil         the end of the latest lock, {@code null} when never locked since the last reset;
 *                            a past instant means the lock has expired
 */
public record LoginAttempts(int consecutiveFailures, Instant firstFailureAt, Instant lockedUntil) {

    private static final LoginAttempts NONE = new LoginAttempts(0, null, null);

    public LoginAttempts {
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("negative failure count " + consecutiveFailures);
        }
        if ((consecutiveFailures == 0) != (firstFailureAt == null)) {
            throw new IllegalArgumentException(
                    "a run of failures has a first failure, and only then: " + consecutiveFailures + ", " + firstFailureAt);
        }
    }

    /** No failures and no lock: a new account, after a success, or after support unlocked it. */
    public static LoginAttempts none() {
        return NONE;
    }

    /** The state after a failed login at {@code now}; the failure that completes a run locks the account. */
    public LoginAttempts afterFailure(Instant now) {
        if (isLocked(now)) {
            return this;
        }
        boolean runContinues = consecutiveFailures > 0
                && lockedUntil == null
                && now.isBefore(firstFailureAt.plus(FAILURE_WINDOW));
        int failures = runContinues ? consecutiveFailures + 1 : 1;
        Instant first = runContinues ? firstFailureAt : now;
        Instant lock = failures >= MAX_CONSECUTIVE_FAILURES ? now.plus(LOCK_DURATION) : null;
        return new LoginAttempts(failures, first, lock);
    }

    /** The state after a successful login: the count starts again. */
    public LoginAttempts afterSuccess() {
        return NONE;
    }

    /** The state after support lifted the lock: as if nothing had failed. */
    public LoginAttempts unlocked() {
        return NONE;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** How long the lock still holds at {@code now}; zero when the account is not locked. */
    public Duration remainingLock(Instant now) {
        return isLocked(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }

    /**
     * Refuses a login attempt while the account is locked.
     *
     * @throws BusinessException {@code account.login.locked} with the whole minutes left, rounded up
     */
    public void requireUnlocked(Instant now) {
        if (isLocked(now)) {
            Duration remaining = remainingLock(now);
            long minutes = remaining.toMinutes();
            if (remaining.compareTo(Duration.ofMinutes(minutes)) > 0) {
                minutes++;
            }
            throw new BusinessException(LoginLockout.FAULT_LOCKED, minutes);
        }
    }
}
