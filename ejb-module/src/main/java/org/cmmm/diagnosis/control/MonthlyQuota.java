package org.cmmm.diagnosis.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.cmmm.platform.control.Clocks;

/**
 * At most three new diagnoses per enterprise per calendar month (reference manual §2.1). The month is the
 * month in Beijing time, whatever the server's zone: a diagnosis started at 00:30 on the 1st in Beijing counts
 * for the new month even though it is still the previous month in UTC.
 */
public final class MonthlyQuota {

    public static final int PER_MONTH = 3;
    public static final ZoneId ZONE = Clocks.BEIJING;

    private MonthlyQuota() {
    }

    /** The quota month of an instant, as "2026-11". */
    public static String monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(ZONE)).toString();
    }

    /** The day a used-up quota returns: the first of the next month in Beijing. */
    public static LocalDate returnsOn(Instant instant) {
        return YearMonth.from(instant.atZone(ZONE)).plusMonths(1).atDay(1);
    }

    /** How many diagnoses may still be started this month, given how many were started. */
    public static int remaining(int startedThisMonth) {
        return Math.max(0, PER_MONTH - startedThisMonth);
    }
}
