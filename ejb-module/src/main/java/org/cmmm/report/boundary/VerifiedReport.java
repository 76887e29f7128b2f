package org.cmmm.report.boundary;

import java.time.LocalDateTime;

/**
 * What the public verification page tells about a report, and nothing more: no answers, no contact, the USCC masked
 * but for its last four characters. {@code newerExists}: the enterprise has completed a diagnosis since.
 */
public record VerifiedReport(String enterpriseName, String maskedUscc, LocalDateTime completedAt, String total,
                             int maturityLevel, String modelVersion, boolean newerExists) {

    /** {@code **************1234} */
    public static String mask(String uscc) {
        int shown = Math.min(4, uscc.length());
        return "*".repeat(uscc.length() - shown) + uscc.substring(uscc.length() - shown);
    }
}
