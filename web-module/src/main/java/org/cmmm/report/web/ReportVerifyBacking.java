package org.cmmm.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.report.boundary.ReportVerification;
import org.cmmm.report.boundary.VerifiedReport;

/**
 * State of /verify.xhtml?code=…: the public check of a report. A code that was never issued, or is no code at all,
 * shows the same "not found" as any other; too many lookups from one address show that instead.
 */
@Named
@RequestScoped
public class ReportVerifyBacking {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @Inject
    ReportVerification verification;

    @Inject
    HttpServletRequest request;

    private String code;
    private VerifiedReport report;
    private boolean looked;
    private boolean tooMany;

    public void load() {
        if (code == null || code.isBlank()) {
            return;
        }
        looked = true;
        try {
            Optional<VerifiedReport> found = verification.lookupAcrossRegions(code, request.getRemoteAddr());
            report = found.orElse(null);
        } catch (BusinessException refused) {
            tooMany = refused.has(ReportVerification.FAULT_TOO_MANY);
            if (!tooMany) {
                throw refused;
            }
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public VerifiedReport getReport() {
        return report;
    }

    public boolean isNotFound() {
        return looked && report == null && !tooMany;
    }

    public boolean isTooMany() {
        return tooMany;
    }

    public String getCompletedOn() {
        return report == null ? "" : DAY.format(report.completedAt());
    }
}
