package org.cmmm.it;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.cmmm.account.control.Passwords;
import org.cmmm.enterprise.control.Uscc;

/**
 * Small builders of test data for in-container tests, written straight to the database so that a test can
 * set up tenants that no boundary would let it create (other regions, other roles). Every name is unique per
 * run, so tests never collide.
 */
public final class TestData {

    /** Starts at random, so that the test JVM and the server JVM do not hand out the same numbers. */
    private static final AtomicInteger SEQUENCE = new AtomicInteger(new SecureRandom().nextInt(9_000_000));

    private final DataSource dataSource;

    public TestData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A unique, valid USCC in the given division (6-digit region code). */
    public static String uscc(String division) {
        String first17 = "91" + division + String.format("MA%07d", SEQUENCE.incrementAndGet());
        return first17 + Uscc.checkCharacterOf(first17);
    }

    /** A unique mobile number (139…). */
    public static String mobile() {
        return "139" + String.format("%08d", SEQUENCE.incrementAndGet() % 100_000_000);
    }

    /**
     * The test database as the test JVM reaches it (for browser tests, which run outside the server): the
     * URL, user and password the build gives the server.
     */
    public static DataSource fromTestJvm() {
        try {
            org.mariadb.jdbc.MariaDbDataSource dataSource = new org.mariadb.jdbc.MariaDbDataSource();
            dataSource.setUrl(System.getProperty("it.db.url"));
            dataSource.setUser(System.getProperty("it.db.user", "root"));
            dataSource.setPassword(System.getProperty("it.db.password", ""));
            return dataSource;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    /** An enterprise in a region (its path is read from the region table); returns its id. */
    public long enterprise(String name, String regionCode) {
        String path = regionPath(regionCode);
        return insert("insert into enterprise (name, uscc, legal_entity, industry_code, region_code, region_path, address,"
                        + " contact_person, contact_mobile, size, created_at) values (?, ?, true, '3311', ?, ?, '测试地址',"
                        + " '测试', '13700000000', 'SMALL', ?)",
                name, uscc(regionCode.substring(0, 6)), regionCode, path, Timestamp.valueOf(LocalDateTime.now()));
    }

    /** A new account of any role with a unique user name starting with {@code prefix}; returns the user name. */
    public String newUser(String prefix, String password, String role, Long enterpriseId, String regionCode) {
        String userName = unique(prefix);
        account(userName, password, role, enterpriseId, regionCode, mobile());
        return userName;
    }

    /** An account of any role; returns its id. */
    public long account(String userName, String password, String role, Long enterpriseId, String regionCode, String mobile) {
        return insert("insert into account (user_name, password_hash, role, enterprise_id, region_code, display_name, mobile,"
                        + " created_at, password_changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                userName, Passwords.hash(password), role, enterpriseId, regionCode, userName, mobile,
                Timestamp.valueOf(LocalDateTime.now()), Timestamp.valueOf(LocalDateTime.now()));
    }

    public String regionPath(String regionCode) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select path from region where code = ?")) {
            query.setString(1, regionCode);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("no region " + regionCode);
                }
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, as text. */
    public String text(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A development zone below a city, with a name of the test's choosing (as support may type it). */
    public void zone(String code, String name, String cityCode) {
        String path = regionPath(cityCode) + code + "/";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into region (code, name, parent_code, level, path, custom)"
                     + " values (?, ?, ?, 'COUNTY', ?, true)")) {
            bind(insert, code, name, cityCode, path);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long insert(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, parameters);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
