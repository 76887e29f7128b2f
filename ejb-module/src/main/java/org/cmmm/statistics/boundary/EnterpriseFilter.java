package org.cmmm.statistics.boundary;

/**
 * Which enterprises of a region the dashboard lists: by maturity level (0–5), industry (a section letter or a
 * division), size and a region below; {@code null} (or blank) for "any".
 */
public record EnterpriseFilter(Integer level, String industry, String size, String regionPath) {

    public static final EnterpriseFilter ANY = new EnterpriseFilter(null, null, null, null);
}
