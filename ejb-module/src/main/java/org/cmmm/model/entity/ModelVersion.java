package org.cmmm.model.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A published model version: its file as published, never changed afterwards. */
@Entity
@Table(name = "model_version")
@NamedQuery(name = ModelVersion.BY_VERSION, query = "select m from ModelVersion m where m.version = :version")
@NamedQuery(name = ModelVersion.ALL, query = "select m from ModelVersion m order by m.id")
public class ModelVersion {

    public static final String BY_VERSION = "ModelVersion.byVersion";
    public static final String ALL = "ModelVersion.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40, updatable = false)
    private String version;

    @Column(nullable = false, length = 64, updatable = false)
    private String checksum;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private String document;

    @Column(name = "question_count", nullable = false, updatable = false)
    private int questionCount;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private LocalDateTime importedAt;

    protected ModelVersion() {
        // for JPA
    }

    public ModelVersion(String version, String checksum, String document, int questionCount, LocalDateTime importedAt) {
        this.version = version;
        this.checksum = checksum;
        this.document = document;
        this.questionCount = questionCount;
        this.importedAt = importedAt;
    }

    public Long getId() {
        return id;
    }

    public String getVersion() {
        return version;
    }

    public String getChecksum() {
        return checksum;
    }

    public String getDocument() {
        return document;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public LocalDateTime getImportedAt() {
        return importedAt;
    }
}
