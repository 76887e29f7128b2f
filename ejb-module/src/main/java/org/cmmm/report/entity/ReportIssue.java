package org.cmmm.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * The issue of a diagnosis's report: its number and verification code, fixed at the first download (written in SQL
 * by the report boundary, so that two first downloads at once agree on one code). Read only after the diagnosis it
 * belongs to has passed the tenant rule, or by its code on the public verification page.
 */
@Entity
@ReadOnly
@Table(name = "report_issue")
@NamedQuery(name = ReportIssue.BY_CODE, query = "select r from ReportIssue r where r.verificationCode = :code")
public class ReportIssue {

    public static final String BY_CODE = "ReportIssue.byCode";

    @Id
    @Column(name = "diagnosis_id")
    private long diagnosisId;

    private long number;

    @Column(name = "verification_code")
    private String verificationCode;

    @Column(name = "issued_at")
    private LocalDateTime issuedAt;

    public long getDiagnosisId() {
        return diagnosisId;
    }

    public long getNumber() {
        return number;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }
}
