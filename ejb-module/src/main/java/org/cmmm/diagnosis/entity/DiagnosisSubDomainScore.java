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
import java.util.Objects;
import org.cmmm.region.entity.Tenancy;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A scored sub-domain of a submitted level: the mean of its scored answers, exact (a fraction) and rounded, stored
 * with the level so that statistics and reports need not score answers again. Never changes.
 */
@Entity
@Table(name = "diagnosis_sub_domain_score")
@AdditionalCriteria(Tenancy.DIAGNOSIS_PART_CRITERIA)
@NamedQuery(name = DiagnosisSubDomainScore.OF_DIAGNOSIS, query = "select s from DiagnosisSubDomainScore s"
        + " where s.key.diagnosisId = :diagnosisId order by s.key.level, s.key.subDomain")
public class DiagnosisSubDomainScore {

    public static final String OF_DIAGNOSIS = "DiagnosisSubDomainScore.ofDiagnosis";

    @EmbeddedId
    private Key key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "diagnosis_id", insertable = false, updatable = false)
    private Diagnosis diagnosis;

    @Column(name = "score_exact", nullable = false, length = 100, updatable = false)
    private String scoreExact;

    @Column(nullable = false, precision = 7, scale = 4, updatable = false)
    private BigDecimal score;

    protected DiagnosisSubDomainScore() {
        // for JPA
    }

    public DiagnosisSubDomainScore(Diagnosis diagnosis, int level, String subDomain, String scoreExact, BigDecimal score) {
        this.key = new Key(diagnosis.getId(), level, subDomain);
        this.diagnosis = diagnosis;
        this.scoreExact = scoreExact;
        this.score = score;
    }

    public int getLevel() {
        return key.level;
    }

    public String getSubDomain() {
        return key.subDomain;
    }

    public String getScoreExact() {
        return scoreExact;
    }

    public BigDecimal getScore() {
        return score;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "diagnosis_id", nullable = false)
        private long diagnosisId;

        @Column(nullable = false)
        private int level;

        @Column(name = "sub_domain", nullable = false, length = 40)
        private String subDomain;

        protected Key() {
            // for JPA
        }

        public Key(long diagnosisId, int level, String subDomain) {
            this.diagnosisId = diagnosisId;
            this.level = level;
            this.subDomain = subDomain;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.diagnosisId == diagnosisId && key.level == level
                    && key.subDomain.equals(subDomain);
        }

        @Override
        public int hashCode() {
            return Objects.hash(diagnosisId, level, subDomain);
        }
    }
}
