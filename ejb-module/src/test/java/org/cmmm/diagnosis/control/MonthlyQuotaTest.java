package org.cmmm.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
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

    @Test
    void aUsedUpQuotaReturnsOnTheFirstOfTheNextMonthInBeijing() {
        assertThat(MonthlyQuota.returnsOn(Instant.parse("2026-11-30T15:59:59Z"))).isEqualTo(LocalDate.of(2026, 12, 1));
        // 1 January 00:00 in Beijing while UTC is still in December: January's quota, back on 1 February
        assertThat(MonthlyQuota.returnsOn(Instant.parse("2026-12-31T16:00:00Z"))).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(MonthlyQuota.returnsOn(Instant.parse("2026-12-15T08:00:00Z"))).isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
