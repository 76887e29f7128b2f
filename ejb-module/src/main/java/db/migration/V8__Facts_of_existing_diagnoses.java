package db.migration;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cmmm.diagnosis.control.FactRows;
import org.cmmm.diagnosis.control.LatestValidSql;
import org.cmmm.model.control.Answer;
import org.cmmm.model.control.CapabilityScores;
import org.cmmm.model.control.LevelScore;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.ModelReader;
import org.cmmm.model.control.ProductionType;
import org.cmmm.model.control.ScoringEngine;
import org.cmmm.model.control.Tailoring;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives the diagnoses made before V7 the facts V7 keeps: the sub-domain scores of every submitted level and the
 * capability scores of every completed diagnosis, scored again from their answers by the model version each was
 * started with (its document as published), then every enterprise's row of the latest-valid table. In Java because
 * scoring is: the same rules that scored the levels when they were submitted.
 */
public class V8__Facts_of_existing_diagnoses extends BaseJavaMigration {

    private final ScoringEngine scoring = new ScoringEngine();

    /** A diagnosis with at least one submitted level. */
    private record Scored(long id, String modelVersion, String productionType, String tailoring, boolean completed) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, MaturityModel> models = models(connection);
        List<Scored> diagnoses = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id, model_version, production_type, tailoring, status"
                     + " from diagnosis d where exists (select 1 from diagnosis_level l where l.diagnosis_id = d.id)")) {
            while (rows.next()) {
                diagnoses.add(new Scored(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        "COMPLETED".equals(rows.getString(5))));
            }
        }
        for (Scored diagnosis : diagnoses) {
            MaturityModel model = models.get(diagnosis.modelVersion());
            Set<String> tailored = diagnosis.tailoring().isEmpty() ? Set.of()
                    : new TreeSet<>(Arrays.asList(diagnosis.tailoring().split(",")));
            migrate(connection, diagnosis.id(), model, ProductionType.valueOf(diagnosis.productionType()),
                    Tailoring.of(model, tailored), diagnosis.completed());
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(LatestValidSql.insert("d.id IN (SELECT id FROM (SELECT id, ROW_NUMBER() OVER"
                    + " (PARTITION BY enterprise_id ORDER BY " + LatestValidSql.NEWEST_FIRST + ") AS newest"
                    + " FROM diagnosis WHERE status = 'COMPLETED') ranked WHERE newest = 1)"));
        }
    }

    private void migrate(Connection connection, long id, MaturityModel model, ProductionType type, Tailoring tailoring,
                         boolean completed) throws SQLException {
        Map<String, Answer> answers = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select question_code, option_code from diagnosis_answer where diagnosis_id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    answers.put(rows.getString(1), Answer.stored(rows.getString(2)));
                }
            }
        }
        List<LevelScore> levels = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select level from diagnosis_level where diagnosis_id = ? order by level")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    levels.add(scoring.scoreLevel(model, type, tailoring, rows.getInt(1), answers));
                }
            }
        }
        FactRows.insertSubDomainScores(connection, id, levels);
        if (completed) {
            FactRows.insertCapabilities(connection, id, CapabilityScores.of(model, type, tailoring, levels));
        }
    }

    private static Map<String, MaturityModel> models(Connection connection) throws SQLException {
        Map<String, MaturityModel> models = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select version, document from model_version")) {
            while (rows.next()) {
                models.put(rows.getString(1), new ModelReader().read(
                        new ByteArrayInputStream(rows.getString(2).getBytes(StandardCharsets.UTF_8))));
            }
        }
        return models;
    }
}
