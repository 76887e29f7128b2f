package org.cmmm.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.cmmm.it.DiagnosisRows;
import org.cmmm.it.TestData;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.ProductionType;
import org.cmmm.model.control.Question;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The migration that gives diagnoses made before the facts were kept (schema 6) their sub-domain and capability
 * scores and their enterprises a latest-valid row (V7, V8): on a database of its own, migrated to 6, filled as the
 * platform wrote it then, and migrated on.
 */
class FactsMigrationIT {

    private static final String DATABASE = "cmmm_facts_migration";

    @Test
    void diagnosesFromBeforeTheFactsGetThemScoredByTheirOwnModelVersion() throws Exception {
        MariaDbDataSource server = new MariaDbDataSource();
        String url = System.getProperty("it.db.url");
        server.setUrl(url);
        server.setUser(System.getProperty("it.db.user", "root"));
        server.setPassword(System.getProperty("it.db.password", ""));
        execute(server, "drop database if exists " + DATABASE);
        execute(server, "create database " + DATABASE + " character set utf8mb4 collate utf8mb4_unicode_ci");
        MariaDbDataSource database = new MariaDbDataSource();
        database.setUrl(url.substring(0, url.lastIndexOf('/') + 1) + DATABASE);
        database.setUser(System.getProperty("it.db.user", "root"));
        database.setPassword(System.getProperty("it.db.password", ""));

        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("6").load().migrate();
        MaturityModel model = DiagnosisRows.currentModel();
        long older;
        long newer;
        long inProgress;
        try (Connection connection = database.getConnection()) {
            execute(connection, "insert into region (code, name, parent_code, level, path) values"
                    + " ('320000', '江苏省', null, 'PROVINCE', '/320000/'), ('320500', '苏州市', '320000', 'CITY', '/320000/320500/'),"
                    + " ('320505', '虎丘区', '320500', 'COUNTY', '/320000/320500/320505/')");
            execute(connection, "insert into industry (code, name, parent_code, level) values ('C', '制造业', null, 'SECTION'),"
                    + " ('33', '金属制品业', 'C', 'DIVISION'), ('331', '结构性金属制品制造', '33', 'GROUP'), ('3311', '金属结构制造', '331', 'CLASS')");
            try (PreparedStatement version = connection.prepareStatement("insert into model_version (version, checksum, document,"
                    + " question_count, imported_at) values (?, ?, ?, ?, now())")) {
                version.setString(1, model.version());
                version.setString(2, "0".repeat(64));
                version.setString(3, publishedDocument(model.version()));
                version.setInt(4, model.questions().size());
                version.executeUpdate();
            }
            execute(connection, "insert into enterprise (id, name, uscc, industry_code, region_code, region_path, address,"
                    + " contact_person, contact_mobile, size, created_at) values (1, '迁移测试企业', null, '3311', '320505',"
                    + " '/320000/320500/320505/', '地址', '联系人', '13700000000', 'MEDIUM', '2025-01-01')");
            // two completed diagnoses (level 1 fully, level 2 not: 1.00) and one in progress with level 1 submitted
            older = diagnosis(connection, model, "2025-03-01 10:00:00", true);
            newer = diagnosis(connection, model, "2025-09-01 10:00:00", true);
            inProgress = diagnosis(connection, model, "2025-11-01 10:00:00", false);
        }

        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

        TestData data = new TestData(database);
        for (long id : List.of(older, newer)) {
            assertThat(data.count("select count(*) from diagnosis_sub_domain_score where diagnosis_id = ? and level = 1", id))
                    .isEqualTo(model.subDomainsAt(1, ProductionType.DISCRETE).size());
            assertThat(data.count("select count(*) from diagnosis_capability where diagnosis_id = ?", id)).isEqualTo(20);
            assertThat(data.text("select score_exact from diagnosis_capability where diagnosis_id = ? and sub_domain = 'DATA'", id))
                    .isEqualTo("1");
            assertThat(data.text("select score_exact from diagnosis_capability where diagnosis_id = ? and sub_domain = 'INTEGRATION'", id))
                    .isEqualTo("0");
        }
        assertThat(data.count("select count(*) from diagnosis_sub_domain_score where diagnosis_id = ?", inProgress))
                .as("the level an unfinished diagnosis submitted").isEqualTo(model.subDomainsAt(1, ProductionType.DISCRETE).size());
        assertThat(data.count("select count(*) from diagnosis_capability where diagnosis_id = ?", inProgress)).isZero();
        assertThat(data.text("select concat_ws('|', diagnosis_id, region_path, province_code, industry_division, industry_section,"
                + " size, total_score, maturity_level, cap_data) from latest_valid where enterprise_id = 1"))
                .isEqualTo(newer + "|/320000/320500/320505/|320000|33|C|MEDIUM|1.0000|1|1.0000");
        execute(server, "drop database " + DATABASE);
    }

    /** A diagnosis as the platform wrote it before V7: its levels and answers, nothing more. */
    private static long diagnosis(Connection connection, MaturityModel model, String startedAt, boolean completed)
            throws SQLException {
        Timestamp at = Timestamp.valueOf(startedAt);
        long id;
        try (PreparedStatement insert = connection.prepareStatement("insert into diagnosis (enterprise_id, region_path,"
                + " model_version, status, current_level, tailoring, production_type, basic_data, started_at,"
                + " basic_data_submitted_at, completed_at, total_exact, total_score, maturity_level, levels_reached)"
                + " values (1, '/320000/320500/320505/', ?, ?, 2, '', 'DISCRETE', '{}', ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, model.version());
            insert.setString(2, completed ? "COMPLETED" : "ANSWERING");
            insert.setTimestamp(3, at);
            insert.setTimestamp(4, at);
            insert.setTimestamp(5, completed ? Timestamp.valueOf(at.toLocalDateTime().plusHours(2)) : null);
            insert.setString(6, completed ? "1" : null);
            insert.setObject(7, completed ? 1 : null);
            insert.setObject(8, completed ? 1 : null);
            insert.setObject(9, completed ? 1 : null);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        int levels = completed ? 2 : 1;
        try (PreparedStatement level = connection.prepareStatement("insert into diagnosis_level (diagnosis_id, level,"
                + " score_exact, score, reached, submitted_at) values (?, ?, ?, ?, ?, ?)");
             PreparedStatement answer = connection.prepareStatement("insert into diagnosis_answer (diagnosis_id,"
                     + " question_code, level, option_code, answered_at) values (?, ?, ?, ?, ?)")) {
            for (int number = 1; number <= levels; number++) {
                level.setLong(1, id);
                level.setInt(2, number);
                level.setString(3, number == 1 ? "1" : "0");
                level.setBigDecimal(4, new java.math.BigDecimal(number == 1 ? "1.0000" : "0.0000"));
                level.setBoolean(5, number == 1);
                level.setTimestamp(6, Timestamp.valueOf(LocalDateTime.of(2025, 1, 1, 0, 0)));
                level.addBatch();
                for (Question question : model.questionsFor(number, ProductionType.DISCRETE)) {
                    answer.setLong(1, id);
                    answer.setString(2, question.id());
                    answer.setInt(3, number);
                    answer.setString(4, number == 1 ? "FULL" : "NOT");
                    answer.setTimestamp(5, at);
                    answer.addBatch();
                }
            }
            level.executeBatch();
            answer.executeBatch();
        }
        return id;
    }

    private static String publishedDocument(String version) throws IOException {
        try (InputStream in = FactsMigrationIT.class.getClassLoader().getResourceAsStream("cmmm/model/" + version + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void execute(javax.sql.DataSource source, String sql) throws SQLException {
        try (Connection connection = source.getConnection()) {
            execute(connection, sql);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
