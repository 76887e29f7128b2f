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
 * Who the enterprise users are: generated enterprises ({@code config/bin/platform populate}) with a diagnosis being
 * answered, read from the platform's database (CMMM_DB_URL, CMMM_DB_USER, CMMM_DB_PASSWORD as in platform.env).
 */
final class Answering {

    private Answering() {
    }

    static List<Map<String, Object>> diagnoses(int wanted) {
        String url = setting("CMMM_DB_URL", "jdbc:mariadb://127.0.0.1:3316/cmmm");
        try (Connection connection = DriverManager.getConnection(url, setting("CMMM_DB_USER", "cmmm"),
                setting("CMMM_DB_PASSWORD", "cmmm-dev-only"));
             PreparedStatement select = connection.prepareStatement("SELECT a.user_name, d.id FROM diagnosis d"
                     + " JOIN account a ON a.enterprise_id = d.enterprise_id"
                     + " WHERE d.status = 'ANSWERING' AND a.user_name LIKE 'gen%' ORDER BY d.id DESC LIMIT ?")) {
            select.setInt(1, wanted);
            List<Map<String, Object>> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(Map.of("user", rows.getString(1), "diagnosis", rows.getLong(2)));
                }
            }
            if (found.size() < wanted) {
                throw new IllegalStateException("only " + found.size() + " generated diagnoses are being answered, "
                        + wanted + " wanted: config/bin/platform populate first");
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
