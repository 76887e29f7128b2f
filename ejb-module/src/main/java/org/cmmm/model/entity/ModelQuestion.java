package org.cmmm.model.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A question of a published model version, kept as a row so that answers can refer to it. */
@Entity
@Table(name = "model_question")
public class ModelQuestion {

    @EmbeddedId
    private Key key;

    @Column(nullable = false, updatable = false)
    private int level;

    @Column(name = "sub_domain", nullable = false, length = 40, updatable = false)
    private String subDomain;

    protected ModelQuestion() {
        // for JPA
    }

    public ModelQuestion(long modelVersionId, String code, int level, String subDomain) {
        this.key = new Key(modelVersionId, code);
        this.level = level;
        this.subDomain = subDomain;
    }

    public String getCode() {
        return key.code;
    }

    public int getLevel() {
        return level;
    }

    public String getSubDomain() {
        return subDomain;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "model_version_id", nullable = false)
        private long modelVersionId;

        @Column(nullable = false, length = 60)
        private String code;

        protected Key() {
            // for JPA
        }

        Key(long modelVersionId, String code) {
            this.modelVersionId = modelVersionId;
            this.code = code;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.modelVersionId == modelVersionId && key.code.equals(code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(modelVersionId, code);
        }
    }
}
