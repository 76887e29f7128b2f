package org.cmmm.account.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.cmmm.platform.control.BusinessException;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

    private static final Instant T0 = Instant.parse("2025-03-03T01:00:00Z");

    private static Instant at(int minutes, int seconds) {
        return T0.plus(Duration.ofMinutes(minutes).plusSeconds(seconds));
    }

    /** Failures at the given minutes after T0, starting from no failures. */
    private static LoginAttempts failuresAtMinutes(int... minutes) {
        LoginAttempts attempts = LoginAttempts.none();
        for (int minute : minutes) {
            attempts = attempts.afterFailure(at(minute, 0));
        }
        return attempts;
    }

    @Test
    void fourFailuresDoNotLock() {
        LoginAttempts attempts = failuresAtMinutes(0, 1, 2, 3);
        assertThat(attempts.consecutiveFailures()).isEqualTo(4);
        assertThat(attempts.isLocked(at(3, 0))).isFalse();
        assertThat(attempts.remainingLock(at(3, 0))).isZero();
    }

    @Test
    void theFifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
        LoginAttempts attempts = failuresAtMinutes(0, 1, 2, 3, 14);
        assertThat(attempts.isLocked(at(14, 0))).isTrue();
        assertThat(attempts.lockedUntil()).isEqualTo(at(29, 0));
        assertThat(attempts.remainingLock(at(14, 0))).isEqualTo(Duration.ofMinutes(15));
        assertThat(attempts.remainingLock(at(20, 30))).isEqualTo(Duration.ofMinutes(8).plusSeconds(30));
    }

    @Test
    void aLockExpiresByItself() {
        LoginAttempts attempts = failuresAtMinutes(0, 1, 2, 3, 4);
        assertThat(attempts.isLocked(at(18, 59))).isTrue();
        assertThat(attempts.isLocked(at(19, 0))).isFalse();
        assertThat(attempts.remainingLock(at(19, 0))).isZero();
    }

    @Test
    void aFailureAfterAnExpiredLockStartsANewRun() {
        LoginAttempts attempts = failuresAtMinutes(0, 1, 2, 3, 4).afterFailure(at(20, 0));
        assertThat(attempts.consecutiveFailures()).isEqualTo(1);
        assertThat(attempts.firstFailureAt()).isEqualTo(at(20, 0));
        assertThat(attempts.isLocked(at(20, 0))).isFalse();
    }

    @Test
    void whenTheWindowExpiresBetweenFailuresTheCountStartsAgain() {
        LoginAttempts attempts = failuresAtMinutes(0, 5, 10, 14, 16);
        assertThat(attempts.isLocked(at(16, 0))).isFalse();
        assertThat(attempts.consecutiveFailures()).isEqualTo(1);
        assertThat(attempts.firstFailureAt()).isEqualTo(at(16, 0));
        // four more within fifteen minutes of the new first failure lock
        LoginAttempts later = attempts.afterFailure(at(17, 0)).afterFailure(at(18, 0)).afterFailure(at(19, 0));
        assertThat(later.isLocked(at(19, 0))).isFalse();
        assertThat(later.afterFailure(at(30, 59)).isLocked(at(30, 59))).isTrue();
    }

    @Test
    void theWindowIsFifteenMinutesFromTheFirstFailureExclusive() {
        LoginAttempts fourFailures = failuresAtMinutes(0, 1, 2, 3);
        assertThat(fourFailures.afterFailure(at(14, 59)).isLocked(at(14, 59))).isTrue();
        LoginAttempts atTheEnd = fourFailures.afterFailure(at(15, 0));
        assertThat(atTheEnd.isLocked(at(15, 0))).isFalse();
        assertThat(atTheEnd.consecutiveFailures()).isEqualTo(1);
    }

    @Test
    void aSuccessResetsTheCount() {
        LoginAttempts attempts = failuresAtMinutes(0, 1, 2, 3).afterSuccess();
        assertThat(attempts).isEqualTo(LoginAttempts.none());
        LoginAttempts fourMore = attempts.afterFailure(at(4, 0)).afterFailure(at(5, 0))
                .afterFailure(at(6, 0)).afterFailure(at(7, 0));
        assertThat(fourMore.isLocked(at(7, 0))).isFalse();
    }

    @Test
    void attemptsWhileLockedDoNotExtendTheLock() {
        LoginAttempts locked = failuresAtMinutes(0, 1, 2, 3, 4);
        LoginAttempts afterMore = locked.afterFailure(at(10, 0)).afterFailure(at(18, 0));
        assertThat(afterMore).isEqualTo(locked);
        assertThat(afterMore.isLocked(at(19, 0))).isFalse();
    }

    @Test
    void supportCanUnlockAtOnce() {
        LoginAttempts locked = failuresAtMinutes(0, 1, 2, 3, 4);
        LoginAttempts unlocked = locked.unlocked();
        assertThat(unlocked.isLocked(at(5, 0))).isFalse();
        assertThat(unlocked.consecutiveFailures()).isZero();
        assertThat(unlocked.remainingLock(at(5, 0))).isZero();
    }

    @Test
    void aLockedAccountIsRefusedWithTheMinutesLeftRoundedUp() {
        LoginAttempts locked = failuresAtMinutes(0, 1, 2, 3, 4);
        assertThatThrownBy(() -> locked.requireUnlocked(at(5, 30)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("account.login.locked");
                    assertThat(e.arguments()).containsExactly(14L);
                });
        assertThatThrownBy(() -> locked.requireUnlocked(at(4, 0)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.arguments()).containsExactly(15L));
        assertThatCode(() -> locked.requireUnlocked(at(19, 0))).doesNotThrowAnyException();
    }

    @Test
    void inconsistentStatesAreRefused() {
        assertThatThrownBy(() -> new LoginAttempts(-1, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginAttempts(2, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginAttempts(0, T0, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
