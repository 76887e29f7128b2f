package org.cmmm.platform.control;

import java.time.ZoneId;

/**
 * Time as the platform reckons it. Instants are kept in UTC; what a person counts in days and months (the
 * monthly quota of diagnoses, the daily cap of SMS codes, the times pages show) is counted in Beijing time, the
 * time of every enterprise the platform serves, whatever the server's own zone.
 */
public final class Clocks {

    /** China Standard Time (UTC+8, no daylight saving). */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private Clocks() {
    }
}
