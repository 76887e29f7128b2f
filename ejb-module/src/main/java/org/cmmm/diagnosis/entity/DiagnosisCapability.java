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
 * The capability score of a sub-domain in a completed diagnosis (DOMAIN.md §6), kept at completion. Tailored and
 * inapplicable sub-domains have none. Never changes.
 */
@Entity
@Table(name = "diagnosis_capability")
@AdditionalCriteria(Tenancy.DIAGNOSIS_PART_CRITERIA)
@NamedQuery(name = DiagnosisCapability.OF_DIAGNOSIS, query = "select c from DiagnosisCapability c"
        + " where c.key.diagnosisId = :diagnosisId")
public class DiagnosisCapability {

    public static final String OF_DIAGNOSIS = "DiagnosisCapability.ofDiagnosis";

    @EmbeddedId
    private Key key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "diagnosis_id", insertable = false, updatable = false)
    private Diagnosis diagnosis;

    @Column(name = "score_exact", nullable = false, length = 100, updatable = false)
    private String scoreExact;

    @Column(nullable = false, precision = 7, scale = 4, updatable = false)
    private BigDecimal score;

    protected DiagnosisCapability() {
        // for JPA
    }

    public DiagnosisCapability(Diagnosis diagnosis, String subDomain, String scoreExact, BigDecimal score) {
        this.key = new Key(diagnosis.getId(), subDomain);
        this.diagnosis = diagnosis;
        this.scoreExact = scoreExact;
        this.score = score;
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

        @Column(name = "sub_domain", nullable = false, length = 40)
        private String subDomain;

        protected Key() {
            // for JPA
        }

        public Key(long diagnosisId, String subDomain) {
            this.diagnosisId = diagnosisId;
            this.subDomain = subDomain;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.diagnosisId == diagnosisId && key.subDomain.equals(subDomain);
        }

        @Override
        public int hashCode() {
            return Objects.hash(diagnosisId, subDomain);
        }
    }
}
