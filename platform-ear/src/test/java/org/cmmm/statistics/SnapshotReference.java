package org.cmmm.statistics;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.cmmm.diagnosis.control.LatestValidSql;

/**
 * The snapshot computed the plain way, to check the job against: every row read into Java, each enterprise's valid
 * diagnosis at the as-of instant found among all its diagnoses (not through the latest-valid table), and every cell
 * summed directly for each region above the enterprise, with no roll-up.
 */
final class SnapshotReference {

    /** A cell's key: model version, region path ('/' the nation), industry ('*', section or division), size ('*' or class). */
    record Key(String version, String region, String industry, String size) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return toString().compareTo(other.toString());
        }
    }

    /** A cell's measures, as the table holds them. */
    static final class Cell {
        long registered;
        long diagnosed;
        final long[] levels = new long[6];
        BigDecimal totalSum = BigDecimal.ZERO;
        final BigDecimal[] capabilitySums = new BigDecimal[LatestValidSql.SUB_DOMAINS.size()];
        final long[] capabilityCounts = new long[LatestValidSql.SUB_DOMAINS.size()];

        Cell() {
            java.util.Arrays.fill(capabilitySums, BigDecimal.ZERO);
        }

        /** Differences from another cell, described; empty when equal. */
        List<String> differencesFrom(Cell other) {
            List<String> differences = new ArrayList<>();
            compare(differences, "registered", registered, other.registered);
            compare(differences, "diagnosed", diagnosed, other.diagnosed);
            for (int level = 0; level < 6; level++) {
                compare(differences, "level_" + level, levels[level], other.levels[level]);
            }
            if (totalSum.compareTo(other.totalSum) != 0) {
                differences.add("total_sum " + totalSum + " ≠ " + other.totalSum);
            }
            for (int i = 0; i < capabilitySums.length; i++) {
                String code = LatestValidSql.SUB_DOMAINS.get(i);
                if (capabilitySums[i].compareTo(other.capabilitySums[i]) != 0) {
                    differences.add("sum " + code + " " + capabilitySums[i] + " ≠ " + other.capabilitySums[i]);
                }
                compare(differences, "n " + code, capabilityCounts[i], other.capabilityCounts[i]);
            }
            return differences;
        }

        private static void compare(List<String> differences, String name, long mine, long theirs) {
            if (mine != theirs) {
                differences.add(name + " " + mine + " ≠ " + theirs);
            }
        }
    }

    private record Enterprise(long id, String regionPath, String division, String size, LocalDateTime createdAt) {
    }

    private record Completed(long id, long enterpriseId, LocalDateTime completedAt, String version, int level, BigDecimal total) {
    }

    private SnapshotReference() {
    }

    /** The cells of every model version as of the instant. */
    static Map<Key, Cell> compute(DataSource database, LocalDateTime asOf) throws SQLException {
        try (Connection connection = database.getConnection()) {
            List<String> versions = strings(connection, "SELECT version FROM model_version");
            Map<String, String> sectionOf = new HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT code, parent_code FROM industry WHERE level = 'DIVISION'")) {
                while (rows.next()) {
                    sectionOf.put(rows.getString(1), rows.getString(2));
                }
            }
            Map<Long, Enterprise> enterprises = new HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id, region_path, industry_code, size, created_at FROM enterprise")) {
                while (rows.next()) {
                    enterprises.put(rows.getLong(1), new Enterprise(rows.getLong(1), rows.getString(2),
                            rows.getString(3).substring(0, 2), rows.getString(4), rows.getTimestamp(5).toLocalDateTime()));
                }
            }
            // each enterprise's latest valid diagnosis at the instant: completed then, newest first, ties by id
            Map<Long, Completed> valid = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, enterprise_id, completed_at, model_version,"
                    + " maturity_level, total_score FROM diagnosis WHERE status = 'COMPLETED' AND completed_at <= ?")) {
                select.setTimestamp(1, Timestamp.valueOf(asOf));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Completed diagnosis = new Completed(rows.getLong(1), rows.getLong(2), rows.getTimestamp(3).toLocalDateTime(),
                                rows.getString(4), rows.getInt(5), rows.getBigDecimal(6));
                        valid.merge(diagnosis.enterpriseId(), diagnosis, SnapshotReference::newer);
                    }
                }
            }
            // the capability scores of those diagnoses only (earlier tests leave many more)
            java.util.Set<Long> counted = new java.util.HashSet<>();
            valid.values().forEach(diagnosis -> counted.add(diagnosis.id()));
            Map<Long, Map<String, BigDecimal>> capabilities = new HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT diagnosis_id, sub_domain, score FROM diagnosis_capability")) {
                while (rows.next()) {
                    if (counted.contains(rows.getLong(1))) {
                        capabilities.computeIfAbsent(rows.getLong(1), id -> new HashMap<>()).put(rows.getString(2), rows.getBigDecimal(3));
                    }
                }
            }

            Map<Key, Cell> cells = new TreeMap<>();
            for (Enterprise enterprise : enterprises.values()) {
                if (enterprise.createdAt().isAfter(asOf)) {
                    continue;
                }
                for (String version : versions) {
                    for (Key key : keys(version, enterprise, sectionOf)) {
                        cells.computeIfAbsent(key, k -> new Cell()).registered++;
                    }
                }
                Completed diagnosis = valid.get(enterprise.id());
                if (diagnosis == null) {
                    continue;
                }
                Map<String, BigDecimal> scores = capabilities.getOrDefault(diagnosis.id(), Map.of());
                for (Key key : keys(diagnosis.version(), enterprise, sectionOf)) {
                    Cell cell = cells.computeIfAbsent(key, k -> new Cell());
                    cell.diagnosed++;
                    cell.levels[diagnosis.level()]++;
                    cell.totalSum = cell.totalSum.add(diagnosis.total());
                    for (int i = 0; i < LatestValidSql.SUB_DOMAINS.size(); i++) {
                        BigDecimal score = scores.get(LatestValidSql.SUB_DOMAINS.get(i));
                        if (score != null) {
                            cell.capabilitySums[i] = cell.capabilitySums[i].add(score);
                            cell.capabilityCounts[i]++;
                        }
                    }
                }
            }
            return cells;
        }
    }

    /**
     * How the cells a run wrote differ from the plain computation as of the run's instant: cells missing or extra,
     * then each figure that differs, one line each; empty when the run is right.
     */
    static List<String> differences(DataSource database, long runId) throws SQLException {
        LocalDateTime asOf;
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT as_of FROM statistics_run WHERE id = ?")) {
            select.setLong(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                asOf = rows.getTimestamp(1).toLocalDateTime();
            }
        }
        Map<Key, Cell> expected = compute(database, asOf);
        Map<Key, Cell> written = written(database, runId);
        List<String> differences = new ArrayList<>();
        expected.keySet().stream().filter(key -> !written.containsKey(key)).forEach(key -> differences.add(key + ": missing"));
        written.keySet().stream().filter(key -> !expected.containsKey(key)).forEach(key -> differences.add(key + ": not expected"));
        expected.forEach((key, cell) -> {
            if (written.containsKey(key)) {
                cell.differencesFrom(written.get(key)).forEach(difference -> differences.add(key + ": " + difference));
            }
        });
        return differences;
    }

    /** The cells a run of the job wrote. */
    static Map<Key, Cell> written(DataSource database, long runId) throws SQLException {
        Map<Key, Cell> cells = new TreeMap<>();
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT s.model_version, c.* FROM statistics_cell c"
                     + " JOIN statistics_snapshot s ON s.id = c.snapshot_id WHERE s.run_id = ?")) {
            select.setLong(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Cell cell = new Cell();
                    cell.registered = rows.getLong("registered");
                    cell.diagnosed = rows.getLong("diagnosed");
                    for (int level = 0; level < 6; level++) {
                        cell.levels[level] = rows.getLong("level_" + level);
                    }
                    cell.totalSum = rows.getBigDecimal("total_sum");
                    for (int i = 0; i < LatestValidSql.SUB_DOMAINS.size(); i++) {
                        String column = LatestValidSql.column(LatestValidSql.SUB_DOMAINS.get(i)).substring("cap_".length());
                        cell.capabilitySums[i] = rows.getBigDecimal("cap_sum_" + column);
                        cell.capabilityCounts[i] = rows.getLong("cap_n_" + column);
                    }
                    cells.put(new Key(rows.getString(1), rows.getString("region_path"), rows.getString("industry"),
                            rows.getString("size")), cell);
                }
            }
        }
        return cells;
    }

    /** Every cell an enterprise counts in: each region from the nation down to its own × 3 industry × 2 size keys. */
    private static List<Key> keys(String version, Enterprise enterprise, Map<String, String> sectionOf) {
        List<String> regions = new ArrayList<>();
        regions.add("/");
        String path = enterprise.regionPath();
        for (int slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
            regions.add(path.substring(0, slash + 1));
        }
        List<Key> keys = new ArrayList<>();
        for (String region : regions) {
            for (String industry : List.of("*", sectionOf.get(enterprise.division()), enterprise.division())) {
                for (String size : List.of("*", enterprise.size())) {
                    keys.add(new Key(version, region, industry, size));
                }
            }
        }
        return keys;
    }

    private static Completed newer(Completed one, Completed other) {
        int byTime = one.completedAt().compareTo(other.completedAt());
        return byTime > 0 || (byTime == 0 && one.id() > other.id()) ? one : other;
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
