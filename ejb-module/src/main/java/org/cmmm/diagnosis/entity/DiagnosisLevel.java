package org.cmmm.diagnosis.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import org.cmmm.region.entity.Tenancy;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/** A submitted level of a diagnosis: its exact score as a fraction, the rounded score, reached or not. Never changes. */
@Entity
@Table(name = "diagnosis_level")
@AdditionalCriteria(Tenancy.DIAGNOSIS_PART_CRITERIA)
@NamedQuery(name = DiagnosisLevel.OF_DIAGNOSIS, query = "select l from DiagnosisLevel l where l.key.diagnosisId = :diagnosisId"
        + " order by l.key.level")
public class DiagnosisLevel {

    public static final String OF_DIAGNOSIS = "DiagnosisLevel.ofDiagnosis";

    @EmbeddedId
    private Key key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "diagnosis_id", insertable = false, updatable = false)
    private Diagnosis diagnosis;

    @Column(name = "score_exact", nullable = false, length = 100, updatable = false)
    private String scoreExact;

    @Column(nullable = false, precision = 7, scale = 4, updatable = false)
    private BigDecimal score;

    @Column(nullable = false, updatable = false)
    private boolean reached;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private LocalDateTime submittedAt;

    protected DiagnosisLevel() {
        // for JPA
    }

    public DiagnosisLevel(Diagnosis diagnosis, int level, String scoreExact, BigDecimal score, boolean reached,
                          LocalDateTime submittedAt) {
        this.key = new Key(diagnosis.getId(), level);
        this.diagnosis = diagnosis;
        this.scoreExact = scoreExact;
        this.score = score;
        this.reached = reached;
        this.submittedAt = submittedAt;
    }

    public int getLevel() {
        return key.level;
    }

    public String getScoreExact() {
        return scoreExact;
    }

    public BigDecimal getScore() {
        return score;
    }

    public boolean isReached() {
        return reached;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "diagnosis_id", nullable = false)
        private long diagnosisId;

        @Column(nullable = false)
        private int level;

        protected Key() {
            // for JPA
        }

        public Key(long diagnosisId, int level) {
            this.diagnosisId = diagnosisId;
            this.level = level;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.diagnosisId == diagnosisId && key.level == level;
        }

        @Override
        public int hashCode() {
            return Objects.hash(diagnosisId, level);
        }
    }
}
