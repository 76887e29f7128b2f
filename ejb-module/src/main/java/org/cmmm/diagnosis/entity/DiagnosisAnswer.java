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
import java.time.LocalDateTime;
import java.util.Objects;
import org.cmmm.region.entity.Tenancy;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/** One answer of a diagnosis: an answer option code of the model, or NOT_INVOLVED. */
@Entity
@Table(name = "diagnosis_answer")
@AdditionalCriteria(Tenancy.DIAGNOSIS_PART_CRITERIA)
@NamedQuery(name = DiagnosisAnswer.OF_DIAGNOSIS, query = "select a from DiagnosisAnswer a where a.key.diagnosisId = :diagnosisId")
public class DiagnosisAnswer {

    public static final String OF_DIAGNOSIS = "DiagnosisAnswer.ofDiagnosis";

    @EmbeddedId
    private Key key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "diagnosis_id", insertable = false, updatable = false)
    private Diagnosis diagnosis;

    @Column(nullable = false)
    private int level;

    @Column(name = "option_code", nullable = false, length = 20)
    private String optionCode;

    @Column(name = "answered_at", nullable = false)
    private LocalDateTime answeredAt;

    protected DiagnosisAnswer() {
        // for JPA
    }

    public DiagnosisAnswer(Diagnosis diagnosis, String questionCode, int level, String optionCode, LocalDateTime at) {
        this.key = new Key(diagnosis.getId(), questionCode);
        this.diagnosis = diagnosis;
        this.level = level;
        this.optionCode = optionCode;
        this.answeredAt = at;
    }

    public String getQuestionCode() {
        return key.questionCode;
    }

    public int getLevel() {
        return level;
    }

    public String getOptionCode() {
        return optionCode;
    }

    public void change(String optionCode, LocalDateTime at) {
        this.optionCode = optionCode;
        this.answeredAt = at;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "diagnosis_id", nullable = false)
        private long diagnosisId;

        @Column(name = "question_code", nullable = false, length = 60)
        private String questionCode;

        protected Key() {
            // for JPA
        }

        public Key(long diagnosisId, String questionCode) {
            this.diagnosisId = diagnosisId;
            this.questionCode = questionCode;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.diagnosisId == diagnosisId && key.questionCode.equals(questionCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(diagnosisId, questionCode);
        }
    }
}
