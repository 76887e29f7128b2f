package org.cmmm.report.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cmmm.diagnosis.boundary.LatestValidQuery;
import org.cmmm.diagnosis.entity.Diagnosis;
import org.cmmm.enterprise.entity.Enterprise;
import org.cmmm.model.control.Ratio;
import org.cmmm.platform.boundary.AcrossRegions;
import org.cmmm.platform.boundary.Public;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.report.control.LookupLimit;
import org.cmmm.report.control.VerificationCode;
import org.cmmm.report.entity.ReportIssue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public check of a printed or forwarded report by its verification code ({@code /verify/{code}}): anyone may
 * ask, across every region (a programme office checks reports of any enterprise), but only for a code it holds —
 * 80 random bits, not guessable — and at most {@code cmmm.verify.lookups} times per client address every ten
 * minutes. Every answer, found or not, leaves after the same floor time ({@link #FLOOR}), so its timing tells
 * nothing either: the web layer holds the answer back until then without holding a request thread
 * (report.web.VerifyAddress), since a lookup sleeping on one of the server's few request threads let a handful of
 * lookups stall every user (issue 25, finding 7).
 *
 * <p>A singleton with its own concurrency: lookups run side by side; the limit is one per server.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@Public
public class ReportVerification {

    /** Too many lookups from this address: wait a few minutes. */
    public static final String FAULT_TOO_MANY = "verify.tooMany";

    /** Every lookup answers after this long at the earliest (a lookup itself takes a few milliseconds). */
    public static final Duration FLOOR = Duration.ofMillis(120);

    private static final Duration WINDOW = Duration.ofMinutes(10);

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "cmmm.verify.lookups", defaultValue = "30")
    int lookups;

    private LookupLimit limit;

    @PostConstruct
    void limit() {
        limit = new LookupLimit(lookups, WINDOW);
    }

    /**
     * The report a code was issued for; empty for a code that was never issued and for anything that is no code.
     *
     * @throws BusinessException {@link #FAULT_TOO_MANY} past the limit of the address
     */
    @AcrossRegions
    public Optional<VerifiedReport> lookupAcrossRegions(String typedCode, String clientAddress) {
        if (!limit.tryLookup(clientAddress == null ? "" : clientAddress, Instant.now())) {
            throw new BusinessException(FAULT_TOO_MANY);
        }
        String code = VerificationCode.normalized(typedCode);
        return code == null ? Optional.empty() : find(code);
    }

    private Optional<VerifiedReport> find(String code) {
        Optional<ReportIssue> issue = em.createNamedQuery(ReportIssue.BY_CODE, ReportIssue.class).setParameter("code", code)
                .getResultStream().findFirst();
        if (issue.isEmpty()) {
            return Optional.empty();
        }
        Diagnosis diagnosis = em.find(Diagnosis.class, issue.get().getDiagnosisId());
        Enterprise enterprise = diagnosis == null ? null : em.find(Enterprise.class, diagnosis.getEnterpriseId());
        if (enterprise == null) {
            return Optional.empty();
        }
        boolean newer = LatestValidQuery.now(em, enterprise.getId()).map(latest -> !latest.getId().equals(diagnosis.getId()))
                .orElse(false);
        return Optional.of(new VerifiedReport(enterprise.getName(), VerifiedReport.mask(enterprise.getUscc()),
                diagnosis.getCompletedAt(), Ratio.parse(diagnosis.getTotalExact()).toDisplay(), diagnosis.getMaturityLevel(),
                diagnosis.getModelVersion(), newer));
    }
}
