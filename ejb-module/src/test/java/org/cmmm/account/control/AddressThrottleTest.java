package org.cmmm.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AddressThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void thirtyFailuresWithinFifteenMinutesStopTheAddressAndNoOther() {
        AddressThrottle throttle = new AddressThrottle();
        for (int i = 0; i < 29; i++) {
            throttle.recordFailure("203.0.113.7", T0.plusSeconds(i));
        }
        assertThat(throttle.allows("203.0.113.7", T0.plusSeconds(30))).isTrue();
        throttle.recordFailure("203.0.113.7", T0.plusSeconds(30));
        assertThat(throttle.allows("203.0.113.7", T0.plusSeconds(31))).isFalse();
        assertThat(throttle.allows("198.51.100.1", T0.plusSeconds(31))).isTrue();
    }

    @Test
    void theAddressMayTryAgainOnceItsOldestFailureLeavesTheWindow() {
        AddressThrottle throttle = new AddressThrottle();
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure("203.0.113.7", T0.plusSeconds(i));
        }
        assertThat(throttle.allows("203.0.113.7", T0.plus(AddressThrottle.WINDOW).minusSeconds(1))).isFalse();
        assertThat(throttle.allows("203.0.113.7", T0.plus(AddressThrottle.WINDOW))).isTrue();
    }

    @Test
    void anAddressNeverSeenMayTry() {
        assertThat(new AddressThrottle().allows("2001:db8::1", T0)).isTrue();
    }
}
