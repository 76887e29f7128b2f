package org.cmmm.report.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LookupLimitTest {

    private static final Instant T = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void anAddressGetsItsLookupsPerWindowAndAnotherAddressIsCountedApart() {
        LookupLimit limit = new LookupLimit(3, Duration.ofMinutes(1));
        assertThat(limit.tryLookup("10.0.0.1", T)).isTrue();
        assertThat(limit.tryLookup("10.0.0.1", T.plusSeconds(1))).isTrue();
        assertThat(limit.tryLookup("10.0.0.1", T.plusSeconds(2))).isTrue();
        assertThat(limit.tryLookup("10.0.0.1", T.plusSeconds(3))).isFalse();
        assertThat(limit.tryLookup("10.0.0.2", T.plusSeconds(3))).isTrue();
        // a refused lookup is not counted: the first one's minute ends, one more is allowed, not two
        assertThat(limit.tryLookup("10.0.0.1", T.plusSeconds(60))).isTrue();
        assertThat(limit.tryLookup("10.0.0.1", T.plusSeconds(60))).isFalse();
        assertThat(limit.tryLookup("10.0.0.1", T.plusSeconds(200))).isTrue();
    }

    @Test
    void aLimitNeedsALookupAndAWindow() {
        assertThatThrownBy(() -> new LookupLimit(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookupLimit(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
