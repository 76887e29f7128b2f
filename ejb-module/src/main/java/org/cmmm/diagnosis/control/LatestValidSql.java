package org.cmmm.diagnosis.control;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SQL of the latest-valid table (one row per enterprise: its latest valid diagnosis with what statistics group
 * by), written once for everything that fills it: the refresh when a diagnosis completes or an enterprise changes
 * region, industry or size, the migration of existing diagnoses and the benchmark's generator.
 *
 * <p>"Latest valid" itself is the named query {@code Diagnosis.LATEST_VALID_BEFORE}; {@link #NEWEST_FIRST} is the same
 * order for the places that must say it in SQL (a set-based fill, a snapshot as of a past instant).
 */
public final class LatestValidSql {

    /** The 20 sub-domains of GB/T 39116 whose capability scores the table keeps, in navigation order. */
    public static final List<String> SUB_DOMAINS = List.of(
            "ORGANIZATION_STRATEGY", "PERSONNEL_SKILLS", "DATA", "INTEGRATION", "INFORMATION_SECURITY", "EQUIPMENT",
            "NETWORK", "PROCUREMENT", "PLANNING_SCHEDULING", "PRODUCTION_OPERATIONS", "EQUIPMENT_MANAGEMENT",
            "WAREHOUSING_DISTRIBUTION", "SAFETY_ENVIRONMENT", "ENERGY_MANAGEMENT", "PRODUCT_DESIGN", "PROCESS_DESIGN",
            "LOGISTICS", "SALES", "CUSTOMER_SERVICE", "PRODUCT_SERVICE");

    /** Completed diagnoses, newest completion first, then the higher id (ties): the first is the latest valid. */
    public static final String NEWEST_FIRST = "completed_at DESC, id DESC";

    private LatestValidSql() {
    }

    /** The column of a sub-domain's capability score: {@code cap_production_operations}. */
    public static String column(String subDomain) {
        return "cap_" + subDomain.toLowerCase(Locale.ROOT);
    }

    /**
     * Inserts a row for each diagnosis {@code d} that {@code condition} selects (e.g. {@code d.id = ?}); the
     * diagnoses must be completed, one per enterprise, with their capability scores stored.
     */
    public static String insert(String condition) {
        return insert(condition, code -> "MAX(CASE c.sub_domain WHEN '" + code + "' THEN c.score END)",
                " LEFT JOIN diagnosis_capability c ON c.diagnosis_id = d.id", " GROUP BY d.id");
    }

    /**
     * The same rows with each capability score given as an expression over the diagnosis {@code d} instead of read
     * from its capability rows: for the benchmark's generator, which computes the scores as it wrote them and so
     * spares the pivot of tens of millions of rows.
     */
    public static String insertComputed(String condition, Function<String, String> capabilityOf) {
        return insert(condition, capabilityOf, "", "");
    }

    private static String insert(String condition, Function<String, String> capabilityOf, String join, String grouping) {
        String capabilityColumns = SUB_DOMAINS.stream().map(LatestValidSql::column).collect(Collectors.joining(", "));
        String capabilityValues = SUB_DOMAINS.stream().map(capabilityOf).collect(Collectors.joining(", "));
        return "INSERT INTO latest_valid (enterprise_id, diagnosis_id, completed_at, region_path, region_code,"
                + " industry_code, industry_division, industry_section, size, production_type, model_version,"
                + " total_score, maturity_level, " + capabilityColumns + ")"
                + " SELECT d.enterprise_id, d.id, d.completed_at, e.region_path, e.region_code,"
                + " e.industry_code, division.code, division.parent_code, e.size, d.production_type, d.model_version,"
                + " d.total_score, d.maturity_level, " + capabilityValues
                + " FROM diagnosis d"
                + " JOIN enterprise e ON e.id = d.enterprise_id"
                + " JOIN industry division ON division.code = LEFT(e.industry_code, 2)"
                + join
                + " WHERE d.status = 'COMPLETED' AND (" + condition + ")"
                + grouping;
    }
}
