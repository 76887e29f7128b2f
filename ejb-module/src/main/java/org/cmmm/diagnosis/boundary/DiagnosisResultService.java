package org.cmmm.diagnosis.boundary;

import org.cmmm.platform.boundary.Allowed;
import static org.cmmm.platform.control.Role.ADMIN;
import static org.cmmm.platform.control.Role.ENTERPRISE;
import static org.cmmm.platform.control.Role.REGION_ADMIN;
import static org.cmmm.platform.control.Role.SUPPORT;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.cmmm.diagnosis.control.DiagnosisComparison;
import org.cmmm.diagnosis.control.DiagnosisReport;
import org.cmmm.diagnosis.control.DiagnosisStatus;
import org.cmmm.diagnosis.entity.Diagnosis;
import org.cmmm.model.control.Answer;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.ScoreExplanation;
import org.cmmm.model.control.ScoringEngine;
import org.cmmm.model.control.Tailoring;
import org.cmmm.platform.control.BusinessException;

/**
 * The result of a completed diagnosis (manual §1.6; DOMAIN.md §2), read-only, for the enterprise itself and for
 * the regional admins and support whose tenancy holds it: the diagnosis is read through
 * {@link DiagnosisService#get}, so the tenant rule decides, and a diagnosis outside it is "not found" exactly
 * like one that does not exist. The result is recomputed from the answers with the diagnosis's own model version
 * (scored by it forever), which is what makes it explainable: level scores, tailoring, the weakest sub-domains,
 * the gap to the next level and the change since the enterprise's previous completed diagnosis
 * ({@link DiagnosisComparison}: per sub-domain at the highest level both answered).
 */
@Stateless
@Allowed({ENTERPRISE, REGION_ADMIN, SUPPORT, ADMIN})
public class DiagnosisResultService {

    /** The diagnosis is still being answered: it has no result yet. */
    public static final String FAULT_NOT_YET = "diagnosis.result.notYet";

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @EJB
    DiagnosisService diagnoses;

    private static final Logger LOG = Logger.getLogger(DiagnosisResultService.class.getName());

    private final ScoringEngine scoring = new ScoringEngine();

    /**
     * @throws BusinessException {@code diagnosis.notFound} when the diagnosis does not exist or is outside the
     *         user's tenancy; {@code diagnosis.result.notYet} while it is in progress
     */
    public DiagnosisReport report(long diagnosisId) {
        Diagnosis diagnosis = diagnoses.get(diagnosisId);
        if (diagnosis.getStatus() != DiagnosisStatus.COMPLETED) {
            throw new BusinessException(FAULT_NOT_YET);
        }
        Map<String, String> answers = diagnoses.answers(diagnosis);
        ScoreExplanation explanation = explain(diagnosis, answers);
        Optional<Diagnosis> previous = previous(diagnosis);
        Optional<DiagnosisComparison> comparison = previous.flatMap(earlier -> comparison(explanation, earlier));
        return new DiagnosisReport(diagnosis, diagnoses.modelOf(diagnosis), explanation, answers,
                comparison.isPresent() ? previous : Optional.empty(), comparison);
    }

    /**
     * The change since the earlier diagnosis, or none when the earlier one cannot be recomputed: one whose
     * answers are not all there (generated for a benchmark, or brought in from another system with its scores
     * only) must not cost the enterprise its own result.
     */
    private Optional<DiagnosisComparison> comparison(ScoreExplanation explanation, Diagnosis earlier) {
        try {
            return Optional.of(DiagnosisComparison.of(explanation, explain(earlier, diagnoses.answers(earlier))));
        } catch (BusinessException unexplainable) {
            LOG.warning(() -> "diagnosis " + earlier.getId() + " cannot be recomputed from its answers ("
                    + unexplainable.messageKey() + "): the result of a later one shows no comparison with it");
            return Optional.empty();
        }
    }

    /** The enterprise's latest valid diagnosis just before this one: the one the result compares with. */
    Optional<Diagnosis> previous(Diagnosis diagnosis) {
        return diagnoses.latestValidBefore(diagnosis.getEnterpriseId(), diagnosis.getCompletedAt(), diagnosis.getId());
    }

    private ScoreExplanation explain(Diagnosis diagnosis, Map<String, String> stored) {
        MaturityModel model = diagnoses.modelOf(diagnosis);
        Map<String, Answer> answers = new HashMap<>();
        stored.forEach((question, code) -> answers.put(question, Answer.stored(code)));
        return scoring.explain(model, diagnosis.getProductionType(), Tailoring.of(model, diagnosis.getTailoredSubDomains()), answers);
    }
}
