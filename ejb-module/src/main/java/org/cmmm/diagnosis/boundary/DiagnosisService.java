package org.cmmm.diagnosis.boundary;

import org.cmmm.platform.boundary.Allowed;
import static org.cmmm.platform.control.Role.ENTERPRISE;
import static org.cmmm.platform.control.Role.SUPPORT;
import static org.cmmm.platform.control.Role.REGION_ADMIN;
import static org.cmmm.platform.control.Role.ADMIN;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.StringReader;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cmmm.platform.boundary.CurrentAccount;
import java.util.Set;
import java.util.stream.Collectors;
import org.cmmm.diagnosis.control.AnswerTree;
import org.cmmm.diagnosis.control.BasicDataAnswers;
import org.cmmm.model.control.ProductionType;
import org.cmmm.diagnosis.control.DiagnosisStatus;
import org.cmmm.diagnosis.control.LevelGate;
import org.cmmm.diagnosis.control.MonthlyQuota;
import org.cmmm.diagnosis.entity.Diagnosis;
import org.cmmm.diagnosis.entity.DiagnosisAnswer;
import org.cmmm.diagnosis.entity.DiagnosisCapability;
import org.cmmm.diagnosis.entity.DiagnosisLevel;
import org.cmmm.diagnosis.entity.DiagnosisSubDomainScore;
import org.cmmm.enterprise.boundary.EnterpriseService;
import org.cmmm.enterprise.entity.Enterprise;
import org.cmmm.model.boundary.ModelCatalog;
import org.cmmm.model.control.CapabilityScores;
import org.cmmm.model.control.Answer;
import org.cmmm.model.control.DiagnosisResult;
import org.cmmm.model.control.LevelScore;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.Question;
import org.cmmm.model.control.Ratio;
import org.cmmm.model.control.ScoringEngine;
import org.cmmm.model.control.SubDomainScore;
import org.cmmm.model.control.Tailoring;
import org.cmmm.platform.control.BusinessException;

/**
 * A self-diagnosis from start to result (manual §1.2–1.6, §2, §3.4), every rule enforced here, whatever a page
 * or a crafted request sends: the monthly quota (counted atomically), one diagnosis in progress, tailoring and
 * basic data immutable once given, levels answered in order and locked when submitted, each diagnosis scored
 * by its own model version. Changes carry the version the page last saw, so two tabs never overwrite each
 * other silently.
 *
 * <p>Only the enterprise itself starts, answers and submits (and only its own diagnosis); reading a diagnosis
 * is open to every role, within the tenant rule, because the result page of regional admins and support reads
 * through here.
 */
@Stateless
public class DiagnosisService {

    /** Later than any completion (the largest DATETIME MariaDB stores): "before" it means "now". */
    static final LocalDateTime AFTER_EVERY_COMPLETION = LocalDateTime.of(9999, 12, 31, 23, 59, 59);

    /** No such diagnosis, or not one the signed-in user may see (the two look alike). */
    public static final String FAULT_NOT_FOUND = "diagnosis.notFound";

    /** The page's version of the diagnosis is out of date: another tab or window changed it. */
    public static final String FAULT_CHANGED_ELSEWHERE = "diagnosis.changedElsewhere";

    /** A question of a tailored sub-domain takes only "企业不涉及此题目". */
    public static final String FAULT_TAILORED_ONLY = "diagnosis.answer.tailoredOnly";

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @EJB
    ModelCatalog catalog;

    @EJB
    EnterpriseService enterprises;

    @EJB
    LatestValidTable latestValid;

    Clock clock = Clock.systemDefaultZone();

    private final ScoringEngine scoring = new ScoringEngine();

    /** How many diagnoses the signed-in enterprise may still start this month (Beijing time). */
    @Allowed(ENTERPRISE)
    public int remainingThisMonth() {
        long enterpriseId = CurrentAccount.requireEnterpriseId();
        Number used = (Number) em.createNativeQuery("select coalesce(max(used), 0) from diagnosis_quota where enterprise_id = ?1 and month = ?2")
                .setParameter(1, enterpriseId).setParameter(2, MonthlyQuota.monthOf(clock.instant())).getSingleResult();
        return MonthlyQuota.remaining(used.intValue());
    }

    /** When a quota used up now returns: the first of next month (Beijing time). */
    @Allowed(ENTERPRISE)
    public LocalDate quotaReturnsOn() {
        return MonthlyQuota.returnsOn(clock.instant());
    }

    /** How many diagnoses an enterprise may start in a calendar month. */
    @Allowed(ENTERPRISE)
    public int quotaPerMonth() {
        return MonthlyQuota.PER_MONTH;
    }

    @Allowed(ENTERPRISE)
    public Optional<Diagnosis> inProgress() {
        return em.createNamedQuery(Diagnosis.IN_PROGRESS, Diagnosis.class)
                .setParameter("enterpriseId", CurrentAccount.requireEnterpriseId()).getResultStream().findFirst();
    }

    @Allowed(ENTERPRISE)
    public List<Diagnosis> history() {
        return ofEnterprise(CurrentAccount.requireEnterpriseId());
    }

    /**
     * An enterprise's diagnoses, newest first, as the user may see them: for the enterprise's page, which staff
     * open (the tenant rule leaves another tenant's list empty).
     */
    @Allowed({ENTERPRISE, REGION_ADMIN, SUPPORT, ADMIN})
    public List<Diagnosis> ofEnterprise(long enterpriseId) {
        return em.createNamedQuery(Diagnosis.OF_ENTERPRISE, Diagnosis.class)
                .setParameter("enterpriseId", enterpriseId).getResultList();
    }

    /** The enterprise's latest valid (most recently completed) diagnosis: the one statistics count. */
    @Allowed(ENTERPRISE)
    public Optional<Diagnosis> latestValid(long enterpriseId) {
        return LatestValidQuery.now(em, enterpriseId);
    }

    /**
     * The latest valid diagnosis as it was before a point in the order of completion (completed at
     * {@code completedAt}, with {@code id}): the one a result compares with, and, with an instant, the one
     * statistics counted then. Read through {@link Diagnosis#LATEST_VALID_BEFORE}, the one definition.
     */
    @Allowed({ENTERPRISE, REGION_ADMIN, SUPPORT, ADMIN})
    public Optional<Diagnosis> latestValidBefore(long enterpriseId, LocalDateTime completedAt, long id) {
        return LatestValidQuery.before(em, enterpriseId, completedAt, id);
    }

    /** A diagnosis the signed-in user may see (the tenant rule applies), or a "not found" business error. */
    @Allowed({ENTERPRISE, REGION_ADMIN, SUPPORT, ADMIN})
    public Diagnosis get(long id) {
        return em.createQuery("select d from Diagnosis d where d.id = :id", Diagnosis.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> new BusinessException(FAULT_NOT_FOUND));
    }

    /**
     * Starts a diagnosis with its tailoring (sub-domains the enterprise does not involve; only in design,
     * logistics, sales and service). Refused when one is in progress or the month's quota is used up.
     */
    @Allowed(ENTERPRISE)
    public long start(Collection<String> tailoredSubDomains) {
        long enterpriseId = CurrentAccount.requireEnterpriseId();
        Enterprise enterprise = enterprises.find(enterpriseId).orElseThrow(() -> new BusinessException(FAULT_NOT_FOUND));
        MaturityModel model = catalog.current();
        Tailoring tailoring = Tailoring.of(model, tailoredSubDomains);
        // Concurrent starts of one enterprise queue here, on its row: the checks and the count below then see
        // each other's results, and the quota rows are never locked in two orders (no deadlock).
        em.createNativeQuery("select id from enterprise where id = ?1 for update").setParameter(1, enterpriseId)
                .getSingleResult();
        if (inProgress().isPresent()) {
            throw new BusinessException("diagnosis.inProgress");
        }
        String month = MonthlyQuota.monthOf(clock.instant());
        em.createNativeQuery("insert ignore into diagnosis_quota (enterprise_id, month, used) values (?1, ?2, 0)")
                .setParameter(1, enterpriseId).setParameter(2, month).executeUpdate();
        int counted = em.createNativeQuery("update diagnosis_quota set used = used + 1 where enterprise_id = ?1"
                        + " and month = ?2 and used < ?3")
                .setParameter(1, enterpriseId).setParameter(2, month).setParameter(3, MonthlyQuota.PER_MONTH).executeUpdate();
        if (counted == 0) {
            throw new BusinessException("diagnosis.quota.usedUp", MonthlyQuota.PER_MONTH);
        }
        Diagnosis diagnosis = new Diagnosis(enterpriseId, enterprise.getRegionPath(), model.version(),
                tailoring.subDomains(), LocalDateTime.now(clock));
        try {
            em.persist(diagnosis);
            em.flush();
        } catch (PersistenceException concurrentStart) {
            // the unique key on the diagnosis in progress: another start won meanwhile
            throw new BusinessException("diagnosis.inProgress");
        }
        return diagnosis.getId();
    }

    @Allowed({ENTERPRISE, REGION_ADMIN, SUPPORT, ADMIN})
    public MaturityModel modelOf(Diagnosis diagnosis) {
        return model(diagnosis.getModelVersion());
    }

    /** The model version a diagnosis was started with: every version ever published stays loaded. */
    @Allowed({ENTERPRISE, REGION_ADMIN, SUPPORT, ADMIN})
    public MaturityModel model(String version) {
        return catalog.find(version).orElseThrow(() -> new IllegalStateException("model " + version + " not loaded"));
    }

    /**
     * The navigation tree of a level with progress from the answers the page holds (question id → option code):
     * computed without a database read, so the page can redraw it on every answer.
     */
    @Allowed(ENTERPRISE)
    public AnswerTree answerTree(String modelVersion, int level, ProductionType type, Map<String, String> answers) {
        return AnswerTree.of(model(modelVersion), level, type, answers);
    }

    /** The questions of a diagnosis that may be answered "企业不涉及此题目": those of its tailored sub-domains. */
    @Allowed(ENTERPRISE)
    public Set<String> notInvolvableQuestions(Diagnosis diagnosis) {
        MaturityModel model = modelOf(diagnosis);
        Tailoring tailoring = Tailoring.of(model, diagnosis.getTailoredSubDomains());
        return model.questions().stream().filter(tailoring::allowsNotInvolved).map(Question::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Checks the basic-data questionnaire as it would be submitted, changing nothing: every fault at once, at
     * its field, so the page asks for the "cannot be changed later" confirmation only for a complete one.
     */
    @Allowed(ENTERPRISE)
    public void checkBasicData(long id, Map<String, String> values) {
        Diagnosis diagnosis = get(id);
        BusinessException.throwIfAny(BasicDataAnswers.faults(modelOf(diagnosis).basicData(), values, true));
    }

    @Allowed(ENTERPRISE)
    public Map<String, String> basicData(Diagnosis diagnosis) {
        Map<String, String> values = new LinkedHashMap<>();
        if (diagnosis.getBasicData() != null) {
            JsonObject json = Json.createReader(new StringReader(diagnosis.getBasicData())).readObject();
            json.forEach((key, value) -> values.put(key, ((JsonString) value).getString()));
        }
        return values;
    }

    /**
     * Saves the basic-data questionnaire; with {@code submit} it is checked completely and locked for good,
     * and answering opens at level 1. Returns the new version.
     */
    @Allowed(ENTERPRISE)
    public int saveBasicData(long id, int seenVersion, Map<String, String> values, boolean submit) {
        Diagnosis diagnosis = current(id, seenVersion);
        if (diagnosis.getStatus() != DiagnosisStatus.BASIC_DATA) {
            throw new BusinessException("diagnosis.basicData.locked");
        }
        MaturityModel model = modelOf(diagnosis);
        BusinessException.throwIfAny(BasicDataAnswers.faults(model.basicData(), values, submit));
        Map<String, String> stored = BasicDataAnswers.normalized(model.basicData(), values);
        String json = toJson(stored);
        if (submit) {
            diagnosis.submitBasicData(json, BasicDataAnswers.productionType(stored), LocalDateTime.now(clock));
            preselectNotInvolved(diagnosis, model, 1);
        } else {
            diagnosis.saveBasicDataDraft(json);
        }
        return flushVersion(diagnosis);
    }

    @Allowed({ENTERPRISE, REGION_ADMIN, SUPPORT, ADMIN})
    public Map<String, String> answers(Diagnosis diagnosis) {
        Map<String, String> answers = new HashMap<>();
        em.createNamedQuery(DiagnosisAnswer.OF_DIAGNOSIS, DiagnosisAnswer.class).setParameter("diagnosisId", diagnosis.getId())
                .getResultList().forEach(answer -> answers.put(answer.getQuestionCode(), answer.getOptionCode()));
        return answers;
    }

    /** The answers of a diagnosis for scoring: question id → answer. */
    @Allowed({ENTERPRISE, REGION_ADMIN, SUPPORT, ADMIN})
    public Map<String, Answer> storedAnswers(Diagnosis diagnosis) {
        Map<String, Answer> answers = new HashMap<>();
        answers(diagnosis).forEach((question, code) -> answers.put(question, Answer.stored(code)));
        return answers;
    }

    @Allowed({ENTERPRISE, REGION_ADMIN, SUPPORT, ADMIN})
    public List<DiagnosisLevel> levels(Diagnosis diagnosis) {
        return em.createNamedQuery(DiagnosisLevel.OF_DIAGNOSIS, DiagnosisLevel.class)
                .setParameter("diagnosisId", diagnosis.getId()).getResultList();
    }

    /**
     * Saves one answer as it is chosen: an answer option of the model, or NOT_INVOLVED (only in a tailored
     * sub-domain). Only the level being answered can change. Returns the new version.
     */
    @Allowed(ENTERPRISE)
    public int answer(long id, int seenVersion, String questionId, String optionCode) {
        Diagnosis diagnosis = own(id);
        MaturityModel model = modelOf(diagnosis);
        Question question = model.question(questionId)
                .orElseThrow(() -> new BusinessException("diagnosis.question.unknown", questionId));
        // a level submitted meanwhile (another tab, the countdown) is the reason, before "changed elsewhere"
        LevelGate.requireAnswerable(diagnosis.getStatus(), diagnosis.getCurrentLevel(), question.level());
        requireSeen(diagnosis, seenVersion);
        if (!model.asks(question, diagnosis.getProductionType())) {
            throw new BusinessException("diagnosis.question.unknown", questionId); // not a question of this diagnosis
        }
        boolean tailored = Tailoring.of(model, diagnosis.getTailoredSubDomains()).allowsNotInvolved(question);
        if (Answer.NOT_INVOLVED_CODE.equals(optionCode)) {
            if (!tailored) {
                throw new BusinessException("model.answer.notInvolvedRefused", questionId);
            }
        } else if (tailored) {
            // the scoring leaves a tailored sub-domain out: any other answer would be ignored without a word
            throw new BusinessException(FAULT_TAILORED_ONLY, questionId);
        } else if (model.answerOption(optionCode).isEmpty()) {
            throw new BusinessException("diagnosis.answer.unknownOption", String.valueOf(optionCode));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        DiagnosisAnswer existing = em.find(DiagnosisAnswer.class, new DiagnosisAnswer.Key(diagnosis.getId(), questionId));
        if (existing == null) {
            em.persist(new DiagnosisAnswer(diagnosis, questionId, question.level(), optionCode, now));
        } else {
            existing.change(optionCode, now);
        }
        em.lock(diagnosis, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return flushVersion(diagnosis);
    }

    /**
     * Scores the level being answered and locks it (GB/T 39117). Reached: the next level opens. Not reached,
     * or level 5 done: the diagnosis completes with its total and maturity level. A second submit of the same
     * level (a double click, a second tab) is refused and changes nothing.
     */
    @Allowed(ENTERPRISE)
    public LevelScore submitLevel(long id, int seenVersion, int level) {
        Diagnosis diagnosis = current(id, seenVersion);
        LevelGate.requireSubmittable(diagnosis.getStatus(), diagnosis.getCurrentLevel(), level);
        MaturityModel model = modelOf(diagnosis);
        Tailoring tailoring = Tailoring.of(model, diagnosis.getTailoredSubDomains());
        Map<String, Answer> answers = storedAnswers(diagnosis);
        LevelScore scored = scoring.scoreLevel(model, diagnosis.getProductionType(), tailoring, level, answers);
        LocalDateTime now = LocalDateTime.now(clock);
        em.persist(new DiagnosisLevel(diagnosis, level, scored.score().toString(),
                scored.score().toBigDecimal(4), scored.reached(), now));
        em.flush(); // the sub-domain scores refer to the level row
        for (SubDomainScore subDomain : scored.subDomains()) {
            em.persist(new DiagnosisSubDomainScore(diagnosis, level, subDomain.subDomain(), subDomain.score().toString(),
                    subDomain.score().toBigDecimal(4)));
        }
        var next = scoring.nextLevel(model, scored);
        if (next.isPresent()) {
            diagnosis.openLevel(next.getAsInt());
            preselectNotInvolved(diagnosis, model, next.getAsInt());
        } else {
            complete(diagnosis, model, tailoring, answers, now);
        }
        em.lock(diagnosis, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flushVersion(diagnosis);
        return scored;
    }

    /**
     * Completes a diagnosis whose last level was just scored: its total and maturity level, the capability score of
     * each sub-domain, and the enterprise's row of the latest-valid table, all in this one transaction.
     */
    private void complete(Diagnosis diagnosis, MaturityModel model, Tailoring tailoring, Map<String, Answer> answers,
                          LocalDateTime now) {
        em.flush();
        List<Ratio> levelScores = levels(diagnosis).stream().map(l -> Ratio.parse(l.getScoreExact())).toList();
        DiagnosisResult result = scoring.result(model, levelScores);
        diagnosis.complete(result.total().toString(), result.total().toBigDecimal(4).setScale(4, RoundingMode.HALF_UP),
                result.maturityLevel(), result.levelsReached(), now);
        CapabilityScores capabilities = scoring.explain(model, diagnosis.getProductionType(), tailoring, answers).capabilities();
        capabilities.bySubDomain().forEach((subDomain, score) -> em.persist(
                new DiagnosisCapability(diagnosis, subDomain, score.toString(), score.toBigDecimal(4))));
        em.flush();
        latestValid.refresh(diagnosis.getEnterpriseId());
    }

    /**
     * Questions of tailored sub-domains start answered "企业不涉及此题目" when their level opens (manual §1.4:
     * preselected there); the enterprise may still answer them.
     */
    private void preselectNotInvolved(Diagnosis diagnosis, MaturityModel model, int level) {
        Tailoring tailoring = Tailoring.of(model, diagnosis.getTailoredSubDomains());
        LocalDateTime now = LocalDateTime.now(clock);
        for (Question question : model.questionsFor(level, diagnosis.getProductionType())) {
            if (tailoring.allowsNotInvolved(question)) {
                em.persist(new DiagnosisAnswer(diagnosis, question.id(), level, Answer.NOT_INVOLVED_CODE, now));
            }
        }
    }

    /**
     * The signed-in enterprise's own diagnosis, provided the page saw its latest version; otherwise another tab
     * or window changed it. Ownership is checked here as well as by the tenant rule: only the enterprise itself
     * ever changes its diagnosis.
     */
    private Diagnosis current(long id, int seenVersion) {
        Diagnosis diagnosis = own(id);
        requireSeen(diagnosis, seenVersion);
        return diagnosis;
    }

    /** A diagnosis of the signed-in enterprise itself: only it answers its diagnoses. */
    private Diagnosis own(long id) {
        Diagnosis diagnosis = get(id);
        if (diagnosis.getEnterpriseId() != CurrentAccount.requireEnterpriseId()) {
            throw BusinessException.forbidden();
        }
        return diagnosis;
    }

    private static void requireSeen(Diagnosis diagnosis, int seenVersion) {
        if (diagnosis.getVersion() != seenVersion) {
            throw new BusinessException(FAULT_CHANGED_ELSEWHERE);
        }
    }

    private int flushVersion(Diagnosis diagnosis) {
        em.flush();
        return diagnosis.getVersion();
    }

    private static String toJson(Map<String, String> values) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        values.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                json.add(key, value.strip());
            }
        });
        return json.build().toString();
    }
}
