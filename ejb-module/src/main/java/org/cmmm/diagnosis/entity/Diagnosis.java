package org.cmmm.diagnosis.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.cmmm.diagnosis.control.DiagnosisStatus;
import org.cmmm.model.control.ProductionType;
import org.cmmm.region.entity.Tenancy;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A self-diagnosis of an enterprise, scored forever by the model version it started with. Tailoring is fixed
 * at the start; basic data is locked once submitted; levels are answered in order. Reads pass the tenant rule.
 */
@Entity
@Table(name = "diagnosis")
@AdditionalCriteria(Tenancy.OWNED_CRITERIA)
@NamedQuery(name = Diagnosis.OF_ENTERPRISE, query = "select d from Diagnosis d where d.enterpriseId = :enterpriseId"
        + " order by d.startedAt desc, d.id desc")
@NamedQuery(name = Diagnosis.IN_PROGRESS, query = "select d from Diagnosis d where d.enterpriseId = :enterpriseId"
        + " and d.status <> org.cmmm.diagnosis.control.DiagnosisStatus.COMPLETED")
// Latest valid (manual: statistics count each enterprise's most recently completed diagnosis), the one definition:
// completed, ordered by completion time and then id, newest first; "before" a point of that order so that the
// same rule gives the latest valid now (LocalDateTime.MAX), as of a past instant, and before a given diagnosis.
@NamedQuery(name = Diagnosis.LATEST_VALID_BEFORE, query = "select d from Diagnosis d where d.enterpriseId = :enterpriseId"
        + " and d.status = org.cmmm.diagnosis.control.DiagnosisStatus.COMPLETED"
        + " and (d.completedAt < :completedAt or (d.completedAt = :completedAt and d.id < :id))"
        + " order by d.completedAt desc, d.id desc")
public class Diagnosis {

    public static final String OF_ENTERPRISE = "Diagnosis.ofEnterprise";
    public static final String IN_PROGRESS = "Diagnosis.inProgress";
    public static final String LATEST_VALID_BEFORE = "Diagnosis.latestValidBefore";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private long enterpriseId;

    @Column(name = "region_path", nullable = false, length = 200)
    private String regionPath;

    @Column(name = "model_version", nullable = false, length = 40, updatable = false)
    private String modelVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DiagnosisStatus status;

    @Column(name = "current_level", nullable = false)
    private int currentLevel = 1;

    @Column(nullable = false, length = 400, updatable = false)
    private String tailoring;

    @Enumerated(EnumType.STRING)
    @Column(name = "production_type", length = 10)
    private ProductionType productionType;

    @Column(name = "basic_data")
    private String basicData;

    @Column(name = "started_at", nullable = false, updatable = false)
    private LocalDateTime startedAt;

    @Column(name = "basic_data_submitted_at")
    private LocalDateTime basicDataSubmittedAt;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Column(name = "total_exact", length = 100)
    private String totalExact;

    @Column(name = "total_score", precision = 7, scale = 4)
    private BigDecimal totalScore;

    @Column(name = "maturity_level")
    private Integer maturityLevel;

    @Column(name = "levels_reached")
    private Integer levelsReached;

    @Version
    private int version;

    protected Diagnosis() {
        // for JPA
    }

    public Diagnosis(long enterpriseId, String regionPath, String modelVersion, Set<String> tailoredSubDomains,
                     LocalDateTime startedAt) {
        this.enterpriseId = enterpriseId;
        this.regionPath = regionPath;
        this.modelVersion = modelVersion;
        this.tailoring = String.join(",", new TreeSet<>(tailoredSubDomains));
        this.startedAt = startedAt;
        this.status = DiagnosisStatus.BASIC_DATA;
    }

    public Long getId() {
        return id;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public String getModelVersion() {
        return modelVersion;
    }

    public DiagnosisStatus getStatus() {
        return status;
    }

    public int getCurrentLevel() {
        return currentLevel;
    }

    public Set<String> getTailoredSubDomains() {
        return tailoring.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(tailoring.split(",")));
    }

    public ProductionType getProductionType() {
        return productionType;
    }

    public String getBasicData() {
        return basicData;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getCompletedAt() {
        return completedAt;
    }

    public BigDecimal getTotalScore() {
        return totalScore;
    }

    public String getTotalExact() {
        return totalExact;
    }

    public Integer getMaturityLevel() {
        return maturityLevel;
    }

    public Integer getLevelsReached() {
        return levelsReached;
    }

    public int getVersion() {
        return version;
    }

    /** Keeps a draft of the basic data; allowed only before it is submitted. */
    public void saveBasicDataDraft(String json) {
        this.basicData = json;
    }

    /** Submits and locks the basic data; answering starts at level 1. */
    public void submitBasicData(String json, ProductionType type, LocalDateTime now) {
        this.basicData = json;
        this.productionType = type;
        this.basicDataSubmittedAt = now;
        this.status = DiagnosisStatus.ANSWERING;
    }

    public void openLevel(int level) {
        this.currentLevel = level;
    }

    public void complete(String totalExact, BigDecimal totalScore, int maturityLevel, int levelsReached, LocalDateTime now) {
        this.totalExact = totalExact;
        this.totalScore = totalScore;
        this.maturityLevel = maturityLevel;
        this.levelsReached = levelsReached;
        this.completedAt = now;
        this.status = DiagnosisStatus.COMPLETED;
    }
}
