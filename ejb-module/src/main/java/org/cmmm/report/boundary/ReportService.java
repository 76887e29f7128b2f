package org.cmmm.report.boundary;

import static org.cmmm.platform.control.Role.ADMIN;
import static org.cmmm.platform.control.Role.ENTERPRISE;
import static org.cmmm.platform.control.Role.REGION_ADMIN;
import static org.cmmm.platform.control.Role.SUPPORT;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cmmm.diagnosis.boundary.DiagnosisResultService;
import org.cmmm.diagnosis.boundary.DiagnosisService;
import org.cmmm.diagnosis.control.DiagnosisReport;
import org.cmmm.diagnosis.control.DiagnosisStatus;
import org.cmmm.diagnosis.entity.Diagnosis;
import org.cmmm.enterprise.boundary.EnterpriseService;
import org.cmmm.enterprise.entity.Enterprise;
import org.cmmm.enterprise.entity.Industry;
import org.cmmm.model.control.Ratio;
import org.cmmm.platform.boundary.Allowed;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.region.boundary.RegionService;
import org.cmmm.report.control.ReportContent;
import org.cmmm.report.control.ReportPages;
import org.cmmm.report.control.VerificationCode;
import org.cmmm.report.entity.ReportIssue;
import org.cmmm.statistics.boundary.PeerBenchmark;
import org.cmmm.statistics.boundary.PeerFigures;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The self-diagnosis report of a completed diagnosis (issue 14), for whoever may read its result: the enterprise
 * itself, the regional administrators whose tenancy holds it, support and administrators. The diagnosis is read
 * through {@link DiagnosisResultService}, so the tenant rule decides and anything outside it is "not found" like a
 * diagnosis that does not exist. The first download issues the report (number and verification code); every later
 * one carries the same.
 */
@Stateless
@Allowed({ENTERPRISE, REGION_ADMIN, SUPPORT, ADMIN})
public class ReportService {

    public static final String PDF = "application/pdf";

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @EJB
    DiagnosisResultService results;

    @EJB
    EnterpriseService enterprises;

    @EJB
    RegionService regions;

    @EJB
    PeerBenchmark peerBenchmark;

    /** The address printed in the verification QR code; empty: the address the report was asked for at. */
    @Inject
    @ConfigProperty(name = "cmmm.public.url", defaultValue = " ")
    String publicUrl;

    /**
     * @param requestBase the platform's address as the user reached it ({@code https://host/cmmm}), used for the
     *                    verification link unless {@code cmmm.public.url} is set
     * @throws BusinessException {@code diagnosis.notFound} outside the tenancy; {@code diagnosis.result.notYet}
     *         while it is being answered
     */
    public Report pdf(long diagnosisId, Locale locale, String requestBase) {
        DiagnosisReport diagnosis = results.report(diagnosisId);
        Enterprise enterprise = enterprises.find(diagnosis.diagnosis().getEnterpriseId())
                .orElseThrow(() -> new BusinessException(DiagnosisService.FAULT_NOT_FOUND));
        ReportIssue issue = issue(diagnosisId);
        String base = (publicUrl.isBlank() ? requestBase : publicUrl.strip()).replaceAll("/+$", "");
        ReportContent content = new ReportContent(locale, number(issue), cover(enterprise, locale), diagnosis,
                history(diagnosis.diagnosis()), peers(diagnosis.diagnosis(), enterprise, locale),
                issue.getVerificationCode(), base + "/verify/" + issue.getVerificationCode());
        try {
            return new Report(fileName(enterprise, diagnosis.diagnosis(), ".pdf"), PDF, ReportPages.write(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The name of a file about a diagnosis the user has read: {@code CMMM-<USCC>-<date of completion><suffix>}, the
     * report's with {@code .pdf}.
     */
    public String fileName(DiagnosisReport diagnosis, String suffix) {
        return fileName(enterprises.find(diagnosis.diagnosis().getEnterpriseId())
                .orElseThrow(() -> new BusinessException(DiagnosisService.FAULT_NOT_FOUND)), diagnosis.diagnosis(), suffix);
    }

    static String fileName(Enterprise enterprise, Diagnosis diagnosis, String suffix) {
        return "CMMM-" + enterprise.getUscc() + "-" + FILE_DATE.format(diagnosis.getCompletedAt()) + suffix;
    }

    /** {@code CMMM-20261202-000042}: the day of issue and the issue's sequence number. */
    static String number(ReportIssue issue) {
        return String.format("CMMM-%s-%06d", FILE_DATE.format(issue.getIssuedAt()), issue.getNumber());
    }

    /**
     * The diagnosis's issue, made at the first download. {@code INSERT IGNORE} on the diagnosis's key: two first
     * downloads at once (a double click, two tabs) both read the one row that won (ReportIT downloads at once).
     */
    private ReportIssue issue(long diagnosisId) {
        Optional<ReportIssue> issued = Optional.ofNullable(em.find(ReportIssue.class, diagnosisId));
        if (issued.isPresent()) {
            return issued.get();
        }
        em.createNativeQuery("INSERT IGNORE INTO report_issue (diagnosis_id, verification_code, issued_at) VALUES (?, ?, ?)")
                .setParameter(1, diagnosisId).setParameter(2, VerificationCode.next())
                .setParameter(3, Timestamp.valueOf(LocalDateTime.now())).executeUpdate();
        // a locking read: it sees the row the other download committed, which this transaction's snapshot does not
        return (ReportIssue) em.createNativeQuery("SELECT * FROM report_issue WHERE diagnosis_id = ? LOCK IN SHARE MODE",
                ReportIssue.class).setParameter(1, diagnosisId).getSingleResult();
    }

    private ReportContent.Enterprise cover(Enterprise enterprise, Locale locale) {
        String industry = enterprises.industry(enterprise.getIndustryCode())
                .map(found -> found.getCode() + " " + found.getName()).orElse(enterprise.getIndustryCode());
        return new ReportContent.Enterprise(enterprise.getName(), enterprise.getUscc(), regions.pathName(enterprise.getRegionPath(), locale),
                industry, ReportPages.sizeName(locale, enterprise.getSize().name()));
    }

    /** The enterprise's completed diagnoses up to this one, oldest first. */
    private List<ReportContent.HistoryPoint> history(Diagnosis current) {
        return em.createNamedQuery(Diagnosis.OF_ENTERPRISE, Diagnosis.class)
                .setParameter("enterpriseId", current.getEnterpriseId()).getResultStream()
                .filter(diagnosis -> diagnosis.getStatus() == DiagnosisStatus.COMPLETED)
                .filter(diagnosis -> !diagnosis.getCompletedAt().isAfter(current.getCompletedAt()))
                .sorted(Comparator.comparing(Diagnosis::getCompletedAt).thenComparing(Diagnosis::getId))
                .map(diagnosis -> new ReportContent.HistoryPoint(diagnosis.getCompletedAt(), Ratio.parse(diagnosis.getTotalExact()),
                        diagnosis.getMaturityLevel()))
                .toList();
    }

    private ReportContent.Peers peers(Diagnosis diagnosis, Enterprise enterprise, Locale locale) {
        String province = "/" + enterprise.getRegionPath().split("/")[1] + "/";
        String division = enterprise.getIndustryCode() == null ? null : enterprise.getIndustryCode().substring(0, 2);
        PeerFigures figures = peerBenchmark.figuresAcrossRegions(diagnosis.getModelVersion(), province, division,
                enterprise.getSize().name());
        if (figures.asOf() == null) {
            return ReportContent.Peers.none(figures.minimumCell());
        }
        List<ReportContent.Peer> peers = new ArrayList<>();
        for (PeerFigures.Peer peer : figures.peers()) {
            peers.add(new ReportContent.Peer(scopeName(peer, locale), peer.averageTotal(), peer.capabilityAverages()));
        }
        return new ReportContent.Peers(figures.asOf(), figures.minimumCell(), peers);
    }

    private String scopeName(PeerFigures.Peer peer, Locale locale) {
        return switch (peer.kind()) {
            case PROVINCE -> regions.pathName(peer.key(), locale);
            case INDUSTRY_DIVISION -> ReportPages.peerName(locale, "report.peers.inDivision",
                    enterprises.industry(peer.key()).map(Industry::getName).map(name -> peer.key() + " " + name).orElse(peer.key()));
            case SIZE -> ReportPages.peerName(locale, "report.peers.ofSize", ReportPages.sizeName(locale, peer.key()));
        };
    }
}
