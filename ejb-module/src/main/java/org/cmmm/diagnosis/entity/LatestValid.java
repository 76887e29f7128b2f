package org.cmmm.diagnosis.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.cmmm.region.entity.Tenancy;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * An enterprise's row of the latest-valid table, read-only here: written in SQL (LatestValidSql) by the transactions
 * that complete a diagnosis or change the enterprise. The tenant rule applies as to everything an enterprise owns.
 */
@Entity
@ReadOnly
@Table(name = "latest_valid")
@AdditionalCriteria(Tenancy.OWNED_CRITERIA)
public class LatestValid {

    @Id
    @Column(name = "enterprise_id")
    private long enterpriseId;

    @Column(name = "diagnosis_id")
    private long diagnosisId;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Column(name = "region_path")
    private String regionPath;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "industry_code")
    private String industryCode;

    @Column(name = "industry_division")
    private String industryDivision;

    @Column(name = "industry_section")
    private String industrySection;

    private String size;

    @Column(name = "model_version")
    private String modelVersion;

    @Column(name = "total_score")
    private BigDecimal totalScore;

    @Column(name = "maturity_level")
    private int maturityLevel;

    protected LatestValid() {
        // for JPA
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public long getDiagnosisId() {
        return diagnosisId;
    }

    public LocalDateTime getCompletedAt() {
        return completedAt;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public String getIndustryDivision() {
        return industryDivision;
    }

    public String getIndustrySection() {
        return industrySection;
    }

    public String getSize() {
        return size;
    }

    public String getModelVersion() {
        return modelVersion;
    }

    public BigDecimal getTotalScore() {
        return totalScore;
    }

    public int getMaturityLevel() {
        return maturityLevel;
    }
}
