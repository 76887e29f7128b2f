package org.cmmm.diagnosis.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.cmmm.model.control.CapabilityScores;
import org.cmmm.model.control.LevelScore;
import org.cmmm.model.control.Ratio;
import org.cmmm.model.control.SubDomainScore;

/**
 * The facts kept at completion (sub-domain scores per level, capability scores) written with plain JDBC, for the
 * places that work below JPA: the migration of diagnoses made before they were kept, and test fixtures. The
 * boundary writes the same rows as entities.
 */
public final class FactRows {

    private FactRows() {
    }

    public static void insertSubDomainScores(Connection connection, long diagnosisId, List<LevelScore> levels) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into diagnosis_sub_domain_score"
                + " (diagnosis_id, level, sub_domain, score_exact, score) values (?, ?, ?, ?, ?)")) {
            for (LevelScore level : levels) {
                for (SubDomainScore score : level.subDomains()) {
                    insert.setLong(1, diagnosisId);
                    insert.setInt(2, level.level());
                    insert.setString(3, score.subDomain());
                    insert.setString(4, score.score().toString());
                    insert.setBigDecimal(5, score.score().toBigDecimal(4));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    public static void insertCapabilities(Connection connection, long diagnosisId, CapabilityScores capabilities) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into diagnosis_capability"
                + " (diagnosis_id, sub_domain, score_exact, score) values (?, ?, ?, ?)")) {
            for (Map.Entry<String, Ratio> capability : capabilities.bySubDomain().entrySet()) {
                insert.setLong(1, diagnosisId);
                insert.setString(2, capability.getKey());
                insert.setString(3, capability.getValue().toString());
                insert.setBigDecimal(4, capability.getValue().toBigDecimal(4));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
