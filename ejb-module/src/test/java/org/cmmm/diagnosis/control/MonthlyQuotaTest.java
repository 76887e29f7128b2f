package org.cmmm.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MonthlyQuotaTest {

    @Test
    void threeDiagnosesAMonth() {
        assertThat(MonthlyQuota.remaining(0)).isEqualTo(3);
        assertThat(MonthlyQuota.remaining(2)).isEqualTo(1);
        assertThat(MonthlyQuota.remaining(3)).isZero();
        assertThat(MonthlyQuota.remaining(7)).isZero();
    }

    @Test
    void theMonthIsTheMonthInBeijing() {
        // 2026-11-30T16:30Z is 2026-12-01 00:30 in Beijing: December's quota
        assertThat(MonthlyQuota.monthOf(Instant.parse("2026-11-30T16:30:00Z"))).isEqualTo("2026-12");
        // 2026-11-30T15:59:59Z is 23:59:59 on the 30th in Beijing: still November
        assertThat(MonthlyQuota.monthOf(Instant.parse("2026-11-30T15:59:59Z"))).isEqualTo("2026-11");
        // New Year in Beijing while UTC is still in December
        assertThat(MonthlyQuota.monthOf(Instant.parse("2026-12-31T16:00:00Z"))).isEqualTo("2027-01");
    }
}
