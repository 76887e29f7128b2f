package org.cmmm.statistics.control;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cmmm.diagnosis.control.LatestValidSql;

/**
 * The SQL that writes a snapshot's cells, set-based: one statement per province aggregates its enterprises at the
 * level of their own region, industry division and size, and rolls those sums up in the same statement to every
 * region above them (by the prefixes of the region path), to industry section and "all industries", and to "all
 * sizes"; a last statement adds the provinces up to the nation. Rolling up sums is far cheaper than aggregating
 * every region's enterprises again (issue 13 measured it: path-prefix joins over a million rows take twice as long).
 *
 * <p>Which diagnosis counts for an enterprise at the as-of instant T: its latest valid one then (completed at or
 * before T, newest first, ties by id: {@link LatestValidSql#NEWEST_FIRST}). The latest-valid table answers for every
 * enterprise whose latest completion is not after T; only the others (a diagnosis completed since T) are looked up
 * among their diagnoses, by the (enterprise, status, completed-at) index. Enterprises are grouped by their region,
 * industry and size as they are now.
 */
public final class SnapshotSql {

    /** Region paths are at most this deep (province, city, county, and development zones below). */
    static final int MAX_DEPTH = 8;

    private static final List<String> SUB_DOMAINS = LatestValidSql.SUB_DOMAINS;

    private SnapshotSql() {
    }

    /**
     * Writes the cells of one province for every snapshot of a run. Parameters, in order: province code, as-of (for
     * registered enterprises), run id, province code, as-of, as-of, province code, as-of, run id.
     */
    public static String insertProvince() {
        return "INSERT INTO statistics_cell (snapshot_id, region_path, depth, industry, size, " + measureColumns() + ")"
                + " SELECT s.id, CONCAT(SUBSTRING_INDEX(leaf.region_path, '/', n.depth + 1), '/'), n.depth,"
                + " CASE i.grouping WHEN 0 THEN '*' WHEN 1 THEN division.parent_code ELSE leaf.division END,"
                + " CASE z.grouping WHEN 0 THEN '*' ELSE leaf.size END, " + sums("leaf.")
                + " FROM (" + leaves() + ") leaf"
                + " JOIN statistics_snapshot s ON s.run_id = ? AND s.model_version = leaf.model_version"
                + " JOIN industry division ON division.code = leaf.division"
                + " JOIN (" + numbers(1, MAX_DEPTH, "depth") + ") n"
                + " ON n.depth <= LENGTH(leaf.region_path) - LENGTH(REPLACE(leaf.region_path, '/', '')) - 1"
                + " CROSS JOIN (" + numbers(0, 2, "grouping") + ") i"
                + " CROSS JOIN (" + numbers(0, 1, "grouping") + ") z"
                + " GROUP BY s.id, 2, 3, 4, 5";
    }

    /**
     * The floor the job is measured against (the benchmark): every cell below the nation of a run in one statement,
     * one pass over all provinces, with the job's own roll-up. Parameters: as-of, run id, as-of, as-of, as-of, run id.
     */
    public static String insertAllProvincesAtOnce() {
        return insertProvince()
                .replace("region_path LIKE CONCAT('/', ?, '/%') AND created_at <= ?", "created_at <= ?")
                .replace("lv.province_code = ? AND ", "");
    }

    /** Removes a run's national cells (parameter: run id). */
    public static String deleteNation() {
        return "DELETE c FROM statistics_cell c JOIN statistics_snapshot s ON s.id = c.snapshot_id"
                + " WHERE s.run_id = ? AND c.depth = 0";
    }

    /** Adds the provinces of a run up to the nation, region path '/' (parameter: run id). */
    public static String insertNation() {
        return "INSERT INTO statistics_cell (snapshot_id, region_path, depth, industry, size, " + measureColumns() + ")"
                + " SELECT c.snapshot_id, '/', 0, c.industry, c.size, " + sums("c.")
                + " FROM statistics_cell c JOIN statistics_snapshot s ON s.id = c.snapshot_id"
                + " WHERE s.run_id = ? AND c.depth = 1"
                + " GROUP BY c.snapshot_id, c.industry, c.size";
    }

    /**
     * Sums at the level of (model version, own region, division, size): registered enterprises (the same count in
     * every snapshot of the run) and the measures of their valid diagnoses.
     */
    private static String leaves() {
        String zeros = measures().stream().skip(1).map(column -> "0 AS " + column).collect(Collectors.joining(", "));
        return "SELECT v.model_version, r.region_path, r.division, r.size, r.registered, " + zeros
                + " FROM (SELECT region_path, LEFT(industry_code, 2) AS division, size, COUNT(*) AS registered"
                + " FROM enterprise WHERE region_path LIKE CONCAT('/', ?, '/%') AND created_at <= ?"
                + " GROUP BY region_path, LEFT(industry_code, 2), size) r"
                + " JOIN statistics_snapshot v ON v.run_id = ?"
                + " UNION ALL"
                + " SELECT valid.model_version, valid.region_path, valid.division, valid.size, 0, COUNT(*), "
                + levelCounts() + ", SUM(valid.total_score), " + capabilityAggregates()
                + " FROM (" + validAt() + ") valid"
                + " GROUP BY valid.model_version, valid.region_path, valid.division, valid.size";
    }

    /** The valid diagnosis of each enterprise of a province at the as-of instant, with what it is grouped by. */
    private static String validAt() {
        String capabilities = SUB_DOMAINS.stream().map(LatestValidSql::column).map("lv.%s"::formatted)
                .collect(Collectors.joining(", "));
        String pivoted = SUB_DOMAINS.stream()
                .map(code -> "MAX(CASE c.sub_domain WHEN '" + code + "' THEN c.score END) AS " + LatestValidSql.column(code))
                .collect(Collectors.joining(", "));
        return "SELECT lv.model_version, lv.region_path, lv.industry_division AS division, lv.size, lv.maturity_level,"
                + " lv.total_score, " + capabilities
                + " FROM latest_valid lv WHERE lv.province_code = ? AND lv.completed_at <= ?"
                + " UNION ALL"
                + " SELECT d.model_version, lv.region_path, lv.industry_division, lv.size, d.maturity_level,"
                + " d.total_score, " + pivoted
                + " FROM latest_valid lv"
                + " JOIN diagnosis d ON d.id = (SELECT p.id FROM diagnosis p WHERE p.enterprise_id = lv.enterprise_id"
                + " AND p.status = 'COMPLETED' AND p.completed_at <= ? ORDER BY p." + LatestValidSql.NEWEST_FIRST.replace(", ", ", p.")
                + " LIMIT 1)"
                + " LEFT JOIN diagnosis_capability c ON c.diagnosis_id = d.id"
                + " WHERE lv.province_code = ? AND lv.completed_at > ?"
                + " GROUP BY d.id, lv.region_path, lv.industry_division, lv.size";
    }

    /** The measure columns of a cell, in table order after the keys. */
    public static List<String> measures() {
        List<String> columns = new java.util.ArrayList<>(List.of("registered", "diagnosed", "level_0", "level_1", "level_2",
                "level_3", "level_4", "level_5", "total_sum"));
        for (String code : SUB_DOMAINS) {
            columns.add(capabilitySum(code));
            columns.add(capabilityCount(code));
        }
        return columns;
    }

    public static String capabilitySum(String subDomain) {
        return "cap_sum_" + LatestValidSql.column(subDomain).substring("cap_".length());
    }

    public static String capabilityCount(String subDomain) {
        return "cap_n_" + LatestValidSql.column(subDomain).substring("cap_".length());
    }

    private static String measureColumns() {
        return String.join(", ", measures());
    }

    private static String sums(String prefix) {
        return join(measures(), column -> "SUM(" + prefix + column + ")");
    }

    private static String levelCounts() {
        return IntStream.rangeClosed(0, 5).mapToObj(level -> "SUM(valid.maturity_level = " + level + ")")
                .collect(Collectors.joining(", "));
    }

    private static String capabilityAggregates() {
        return join(SUB_DOMAINS, code -> "COALESCE(SUM(valid." + LatestValidSql.column(code) + "), 0), COUNT(valid."
                + LatestValidSql.column(code) + ")");
    }

    private static String numbers(int from, int to, String name) {
        return IntStream.rangeClosed(from, to).mapToObj(number -> "SELECT " + number + " AS " + name)
                .collect(Collectors.joining(" UNION ALL "));
    }

    private static String join(List<String> items, Function<String, String> each) {
        return items.stream().map(each).collect(Collectors.joining(", "));
    }
}
