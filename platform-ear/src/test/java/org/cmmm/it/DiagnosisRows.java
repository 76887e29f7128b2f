package org.cmmm.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.cmmm.diagnosis.control.FactRows;
import org.cmmm.diagnosis.control.LatestValidSql;
import org.cmmm.model.control.Answer;
import org.cmmm.model.control.CapabilityScores;
import org.cmmm.model.control.LevelScore;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.ModelReader;
import org.cmmm.model.control.ProductionType;
import org.cmmm.model.control.Question;
import org.cmmm.model.control.ScoringEngine;
import org.cmmm.model.control.Tailoring;

/**
 * Diagnoses written from the test JVM exactly as the boundary writes them, for tests that need one in a given state
 * without answering five levels in a browser: completed at level 1 (every level-1 question fully satisfied, every
 * level-2 question not: 1.00 + 0 = 1.00) with the facts kept at completion, or answering level 1 with nothing
 * answered yet.
 */
public final class DiagnosisRows {

    private static MaturityModel model;

    private final DataSource database;

    public DiagnosisRows(DataSource database) {
        this.database = database;
    }

    /** The model new diagnoses start with: the last file of cmmm/model/published.txt (config.jar). */
    public static synchronized MaturityModel currentModel() {
        if (model == null) {
            List<String> files = resource("cmmm/model/published.txt").lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            try (InputStream in = DiagnosisRows.class.getClassLoader().getResourceAsStream("cmmm/model/" + files.get(files.size() - 1))) {
                model = new ModelReader().read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }

    /** A diagnosis of the enterprise completed at level 1, with its two scored levels and every answer; returns its id. */
    public long completed(long enterpriseId, String regionPath) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            long id = diagnosis(connection, enterpriseId, regionPath, "COMPLETED", now, currentModel().version());
            try (PreparedStatement level = connection.prepareStatement("insert into diagnosis_level (diagnosis_id, level,"
                    + " score_exact, score, reached, submitted_at) values (?, ?, ?, ?, ?, ?)")) {
                addLevel(level, id, 1, "1", true, now);
                addLevel(level, id, 2, "0", false, now);
                level.executeBatch();
            }
            Map<String, Answer> answers = new HashMap<>();
            try (PreparedStatement answer = connection.prepareStatement("insert into diagnosis_answer (diagnosis_id,"
                    + " question_code, level, option_code, answered_at) values (?, ?, ?, ?, ?)")) {
                for (int number = 1; number <= 2; number++) {
                    for (Question question : currentModel().questionsFor(number, ProductionType.DISCRETE)) {
                        answer.setLong(1, id);
                        answer.setString(2, question.id());
                        answer.setInt(3, number);
                        answer.setString(4, number == 1 ? "FULL" : "NOT");
                        answer.setTimestamp(5, now);
                        answer.addBatch();
                        answers.put(question.id(), Answer.stored(number == 1 ? "FULL" : "NOT"));
                    }
                }
                answer.executeBatch();
            }
            keepFacts(connection, id, enterpriseId, answers);
            connection.commit();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The facts the boundary keeps at completion: sub-domain and capability scores, the latest-valid row. */
    private static void keepFacts(Connection connection, long id, long enterpriseId, Map<String, Answer> answers) throws SQLException {
        ScoringEngine scoring = new ScoringEngine();
        List<LevelScore> levels = List.of(
                scoring.scoreLevel(currentModel(), ProductionType.DISCRETE, Tailoring.NONE, 1, answers),
                scoring.scoreLevel(currentModel(), ProductionType.DISCRETE, Tailoring.NONE, 2, answers));
        FactRows.insertSubDomainScores(connection, id, levels);
        FactRows.insertCapabilities(connection, id, CapabilityScores.of(currentModel(), ProductionType.DISCRETE, Tailoring.NONE, levels));
        try (PreparedStatement delete = connection.prepareStatement("delete from latest_valid where enterprise_id = ?");
             PreparedStatement insert = connection.prepareStatement(LatestValidSql.insert("d.id = ?"))) {
            delete.setLong(1, enterpriseId);
            delete.executeUpdate();
            insert.setLong(1, id);
            insert.executeUpdate();
        }
    }

    /** A diagnosis of the enterprise with its basic data submitted, answering level 1, nothing answered; returns its id. */
    public long answering(long enterpriseId, String regionPath) {
        return answering(enterpriseId, regionPath, currentModel().version());
    }

    /** The same, started under the given model version (one published before the current one, say). */
    public long answering(long enterpriseId, String regionPath, String modelVersion) {
        try (Connection connection = database.getConnection()) {
            return diagnosis(connection, enterpriseId, regionPath, "ANSWERING", Timestamp.valueOf(LocalDateTime.now()), modelVersion);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A diagnosis of the enterprise just started: the basic-data questionnaire is open, nothing filled in; returns its id. */
    public long basicData(long enterpriseId, String regionPath) {
        try (Connection connection = database.getConnection()) {
            return diagnosis(connection, enterpriseId, regionPath, "BASIC_DATA", Timestamp.valueOf(LocalDateTime.now()),
                    currentModel().version());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long diagnosis(Connection connection, long enterpriseId, String regionPath, String status, Timestamp now,
                                  String modelVersion) throws SQLException {
        boolean completed = status.equals("COMPLETED");
        boolean basicData = status.equals("BASIC_DATA");
        try (PreparedStatement insert = connection.prepareStatement("insert into diagnosis (enterprise_id, region_path,"
                + " model_version, status, current_level, tailoring, production_type, basic_data, started_at,"
                + " basic_data_submitted_at, completed_at, total_exact, total_score, maturity_level, levels_reached)"
                + " values (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, enterpriseId);
            insert.setString(2, regionPath);
            insert.setString(3, modelVersion);
            insert.setString(4, status);
            insert.setInt(5, completed ? 2 : 1);
            insert.setString(6, basicData ? null : "DISCRETE");
            insert.setString(7, basicData ? null : "{\"productionType\":\"DISCRETE\"}");
            insert.setTimestamp(8, now);
            insert.setTimestamp(9, basicData ? null : now);
            insert.setTimestamp(10, completed ? now : null);
            insert.setString(11, completed ? "1" : null);
            insert.setBigDecimal(12, completed ? new BigDecimal("1.0000") : null);
            insert.setObject(13, completed ? 1 : null);
            insert.setObject(14, completed ? 1 : null);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void addLevel(PreparedStatement level, long id, int number, String exact, boolean reached, Timestamp at)
            throws SQLException {
        level.setLong(1, id);
        level.setInt(2, number);
        level.setString(3, exact);
        level.setBigDecimal(4, new BigDecimal(exact).setScale(4));
        level.setBoolean(5, reached);
        level.setTimestamp(6, at);
        level.addBatch();
    }

    private static String resource(String name) {
        try (InputStream in = DiagnosisRows.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name + " on the test class path (config.jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
