package org.cmmm.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who the load tests' users are: accounts of the data generator ({@code config/bin/platform populate}, password
 * {@link #PASSWORD}), read from the platform's database (CMMM_DB_URL, CMMM_DB_USER, CMMM_DB_PASSWORD as in
 * platform.env).
 */
final class GeneratedUsers {

    /** The password of every generated account (org.cmmm.benchmark.Population.PASSWORD). */
    static final String PASSWORD = "Benchmark#2026";

    private GeneratedUsers() {
    }

    /** Enterprise users (user, diagnosis) with a generated diagnosis being answered, the newest first. */
    static List<Map<String, Object>> answering(int wanted) {
        List<Map<String, Object>> found = rows("SELECT a.user_name, d.id FROM diagnosis d"
                + " JOIN account a ON a.enterprise_id = d.enterprise_id"
                + " WHERE d.status = 'ANSWERING' AND a.user_name LIKE 'gen%' ORDER BY d.id DESC LIMIT ?", wanted, "user", "diagnosis");
        return enough(found, wanted, "generated diagnoses being answered");
    }

    /**
     * Regional admins (user, region) of the provinces and cities with the most generated enterprises in the
     * newest statistics snapshot: a quarter provinces, the rest cities, as the authorities that log in most.
     */
    static List<Map<String, Object>> regionAdmins(int wanted) {
        String admins = "SELECT a.user_name, a.region_code FROM account a JOIN region r ON r.code = a.region_code"
                + " JOIN statistics_cell c ON c.region_path = r.path AND c.industry = '*' AND c.size = '*' AND c.snapshot_id ="
                + " (SELECT MAX(s.id) FROM statistics_snapshot s JOIN statistics_run run ON run.id = s.run_id WHERE run.status = 'COMPLETED')"
                + " WHERE a.user_name LIKE 'region%%' AND a.role = 'REGION_ADMIN' AND r.level = '%s' ORDER BY c.registered DESC LIMIT ?";
        int provinces = Math.max(1, wanted / 4);
        List<Map<String, Object>> found = new ArrayList<>(rows(admins.formatted("PROVINCE"), provinces, "user", "region"));
        found.addAll(rows(admins.formatted("CITY"), wanted - found.size(), "user", "region"));
        return enough(found, wanted, "regional admins of regions in a completed statistics snapshot");
    }

    private static List<Map<String, Object>> enough(List<Map<String, Object>> found, int wanted, String what) {
        if (found.size() < wanted) {
            throw new IllegalStateException("only " + found.size() + " " + what + ", " + wanted
                    + " wanted: config/bin/platform populate (and a statistics snapshot for regional admins) first");
        }
        return found;
    }

    private static List<Map<String, Object>> rows(String sql, int limit, String first, String second) {
        String url = setting("CMMM_DB_URL", "jdbc:mariadb://127.0.0.1:3316/cmmm");
        try (Connection connection = DriverManager.getConnection(url, setting("CMMM_DB_USER", "cmmm"),
                setting("CMMM_DB_PASSWORD", "cmmm-dev-only"));
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setInt(1, limit);
            List<Map<String, Object>> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(Map.of(first, rows.getObject(1), second, rows.getObject(2)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the users from " + url, e);
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
