package org.cmmm.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.cmmm.platform.control.AccountPrincipal;
import org.cmmm.platform.control.Role;
import org.cmmm.diagnosis.boundary.DiagnosisService;
import org.cmmm.diagnosis.control.DiagnosisStatus;
import org.cmmm.diagnosis.control.MonthlyQuota;
import org.cmmm.diagnosis.entity.Diagnosis;
import org.cmmm.it.DiagnosisRows;
import org.cmmm.it.DiagnosisAnswering;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.Subjects;
import org.cmmm.it.TestData;
import org.cmmm.model.control.LevelScore;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.ProductionType;
import org.cmmm.model.control.Question;
import org.cmmm.platform.control.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The diagnosis boundary on MariaDB: quota, one in progress, locking, scoring, resume, latest valid. */
@ExtendWith(ArquillianExtension.class)
class DiagnosisServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.earWithTests(DiagnosisServiceIT.class, DiagnosisRows.class, DiagnosisAnswering.class);
    }

    @Inject
    DiagnosisService diagnoses;

    @Resource(lookup = "java:app/jdbc/cmmm")
    DataSource dataSource;

    /** The model version published first; new diagnoses start with a later one. */
    private static final String FIRST_VERSION = "CMMM-2020";

    private AccountPrincipal enterprise;
    private long enterpriseId;

    @BeforeEach
    void anEnterpriseInSuzhou() {
        enterpriseId = new TestData(dataSource).enterprise(TestData.unique("诊断测试"), "320505");
        enterprise = Subjects.principal(Role.ENTERPRISE, enterpriseId, null);
    }

    @Test
    void aWholeDiagnosisLevelOneReachedLevelTwoNotReachedEndsWithItsResult() {
        long id = as(() -> diagnoses.start(Set.of("LOGISTICS")));
        int version = submitBasicData(id);

        int level1 = answerLevel(id, version, 1, "FULL");
        LevelScore first = as(() -> diagnoses.submitLevel(id, level1, 1));
        assertThat(first.reached()).isTrue();
        assertThat(first.display()).isEqualTo("1.00");
        Diagnosis afterOne = as(() -> diagnoses.get(id));
        assertThat(afterOne.getCurrentLevel()).isEqualTo(2);
        assertThat(afterOne.getStatus()).isEqualTo(DiagnosisStatus.ANSWERING);

        int level2 = answerLevel(id, afterOne.getVersion(), 2, "NOT");
        LevelScore second = as(() -> diagnoses.submitLevel(id, level2, 2));
        assertThat(second.reached()).isFalse();

        Diagnosis done = as(() -> diagnoses.get(id));
        assertThat(done.getStatus()).isEqualTo(DiagnosisStatus.COMPLETED);
        assertThat(done.getTotalScore()).isEqualByComparingTo("1.0000");
        assertThat(done.getMaturityLevel()).isEqualTo(1);
        assertThat(done.getLevelsReached()).isEqualTo(1);
        assertThat(as(() -> diagnoses.latestValid(enterpriseId))).map(Diagnosis::getId).hasValue(id);
        assertThat(as(() -> diagnoses.latestValidBefore(enterpriseId, done.getCompletedAt(), id))).isEmpty();
    }

    @Test
    void completionKeepsSubDomainScoresCapabilityScoresAndTheEnterprisesLatestValidRow() {
        TestData data = new TestData(dataSource);
        MaturityModel model = DiagnosisRows.currentModel();
        long first = completed(Set.of("LOGISTICS"), "FULL", "NOT");

        // each level's scored sub-domains: all that apply there but the tailored one
        for (int level = 1; level <= 2; level++) {
            assertThat(data.count("select count(*) from diagnosis_sub_domain_score where diagnosis_id = ? and level = ?", first, level))
                    .isEqualTo(model.subDomainsAt(level, ProductionType.DISCRETE).size() - 1);
        }
        assertThat(data.text("select score_exact from diagnosis_sub_domain_score where diagnosis_id = ? and level = 1"
                + " and sub_domain = 'DATA'", first)).isEqualTo("1");
        assertThat(data.text("select score_exact from diagnosis_sub_domain_score where diagnosis_id = ? and level = 2"
                + " and sub_domain = 'DATA'", first)).isEqualTo("0");
        // capability = 1 + 0 where the sub-domain applies at level 1, 0 where only from level 2; none when tailored
        assertThat(data.count("select count(*) from diagnosis_capability where diagnosis_id = ?", first)).isEqualTo(19);
        assertThat(data.text("select score_exact from diagnosis_capability where diagnosis_id = ? and sub_domain = 'DATA'", first))
                .isEqualTo("1");
        assertThat(data.text("select score_exact from diagnosis_capability where diagnosis_id = ? and sub_domain = 'INTEGRATION'", first))
                .isEqualTo("0");
        assertThat(data.count("select count(*) from diagnosis_capability where diagnosis_id = ? and sub_domain = 'LOGISTICS'", first))
                .isZero();

        // the latest-valid row, with the enterprise's region, industry and size as they are
        String row = "select concat_ws('|', diagnosis_id, region_path, province_code, industry_code, industry_division,"
                + " industry_section, size, production_type, model_version, total_score, maturity_level,"
                + " coalesce(cap_logistics, 'none'), cap_data, cap_integration) from latest_valid where enterprise_id = ?";
        assertThat(data.text(row, enterpriseId)).isEqualTo(first + "|/320000/320500/320505/|320000|3311|33|C|SMALL|DISCRETE|"
                + model.version() + "|1.0000|1|none|1.0000|0.0000");

        // a later diagnosis takes the row over
        long second = completed(Set.of(), "NOT");
        assertThat(data.text(row, enterpriseId)).isEqualTo(second + "|/320000/320500/320505/|320000|3311|33|C|SMALL|DISCRETE|"
                + model.version() + "|0.0000|0|0.0000|0.0000|0.0000");
        assertThat(data.count("select count(*) from latest_valid where enterprise_id = ?", enterpriseId)).isEqualTo(1);
    }

    /** A diagnosis of the signed-in enterprise answered level by level with one option per level, to its end. */
    private long completed(Set<String> tailoring, String... optionPerLevel) {
        long id = as(() -> diagnoses.start(tailoring));
        int version = submitBasicData(id);
        for (int level = 1; level <= optionPerLevel.length; level++) {
            int answered = answerLevel(id, version, level, optionPerLevel[level - 1]);
            int submitted = level;
            as(() -> diagnoses.submitLevel(id, answered, submitted));
            version = as(() -> diagnoses.get(id)).getVersion();
        }
        assertThat(as(() -> diagnoses.get(id)).getStatus()).isEqualTo(DiagnosisStatus.COMPLETED);
        return id;
    }

    @Test
    void aDiagnosisStartedUnderTheFirstModelVersionIsFinishedAndScoredUnderItWhileNewOnesStartWithTheCurrent() {
        long id = new DiagnosisRows(dataSource).answering(enterpriseId, new TestData(dataSource).regionPath("320505"), FIRST_VERSION);
        Diagnosis started = as(() -> diagnoses.get(id));
        MaturityModel first = as(() -> diagnoses.modelOf(started));
        assertThat(first.version()).isEqualTo(FIRST_VERSION);
        // a question only the current version asks is no question of this diagnosis
        String newQuestion = "L1.SAFETY_ENVIRONMENT.03";
        assertThat(first.question(newQuestion)).isEmpty();
        assertThat(refused(() -> diagnoses.answer(id, started.getVersion(), newQuestion, "FULL")).messageKey())
                .isEqualTo("diagnosis.question.unknown");

        int answered = answerLevel(id, started.getVersion(), 1, "FULL");
        assertThat(as(() -> diagnoses.answers(diagnoses.get(id))).keySet()).containsExactlyInAnyOrderElementsOf(
                first.questionsFor(1, ProductionType.DISCRETE).stream().map(Question::id).toList());
        LevelScore scored = as(() -> diagnoses.submitLevel(id, answered, 1));
        assertThat(scored.reached()).isTrue();
        assertThat(as(() -> diagnoses.get(id)).getModelVersion()).isEqualTo(FIRST_VERSION);

        // the enterprise's next diagnosis starts with the current version (the other one is still in progress:
        // a second enterprise shows it)
        enterpriseId = new TestData(dataSource).enterprise(TestData.unique("诊断新版"), "320505");
        enterprise = Subjects.principal(Role.ENTERPRISE, enterpriseId, null);
        long fresh = as(() -> diagnoses.start(Set.of()));
        assertThat(as(() -> diagnoses.get(fresh)).getModelVersion()).isNotEqualTo(FIRST_VERSION)
                .isEqualTo(DiagnosisRows.currentModel().version());
    }

    @Test
    void staffOfTheSameTenancyMayNotStartAnswerOrSubmitForTheEnterpriseAndNothingChanges() {
        long id = as(() -> diagnoses.start(Set.of()));
        int draft = as(() -> diagnoses.get(id)).getVersion();
        List<AccountPrincipal> staff = List.of(
                Subjects.principal(Role.REGION_ADMIN, null, "/320000/320500/"), // Suzhou: the enterprise's city
                Subjects.principal(Role.REGION_ADMIN, null, "/320000/"),
                Subjects.principal(Role.SUPPORT, null, null),
                Subjects.principal(Role.ADMIN, null, null));
        for (AccountPrincipal user : staff) {
            assertThat(refusedAs(user, () -> diagnoses.saveBasicData(id, draft, withValid(Map.of()), true)).messageKey())
                    .as("%s %s saves basic data", user.role(), user.regionPath()).isEqualTo(BusinessException.FORBIDDEN);
        }
        int version = submitBasicData(id);
        String question = questions(as(() -> diagnoses.get(id)), 1).get(0).id();
        for (AccountPrincipal user : staff) {
            String who = user.role() + " " + user.regionPath();
            assertThat(refusedAs(user, () -> diagnoses.answer(id, version, question, "FULL")).messageKey())
                    .as("%s answers", who).isEqualTo(BusinessException.FORBIDDEN);
            assertThat(refusedAs(user, () -> diagnoses.submitLevel(id, version, 1)).messageKey())
                    .as("%s submits", who).isEqualTo(BusinessException.FORBIDDEN);
            assertThat(refusedAs(user, () -> diagnoses.start(Set.of())).messageKey())
                    .as("%s starts", who).isEqualTo(BusinessException.FORBIDDEN);
        }
        AccountPrincipal otherEnterprise = Subjects.principal(Role.ENTERPRISE,
                new TestData(dataSource).enterprise(TestData.unique("别家"), "320505"), null);
        assertThat(refusedAs(otherEnterprise, () -> diagnoses.answer(id, version, question, "FULL")).messageKey())
                .isEqualTo("diagnosis.notFound");

        Diagnosis after = as(() -> diagnoses.get(id));
        assertThat(after.getVersion()).isEqualTo(version);
        assertThat(after.getStatus()).isEqualTo(DiagnosisStatus.ANSWERING);
        TestData data = new TestData(dataSource);
        assertThat(data.count("select count(*) from diagnosis_answer where diagnosis_id = ?", id)).isZero();
        assertThat(data.count("select count(*) from diagnosis_level where diagnosis_id = ?", id)).isZero();
        assertThat(data.count("select count(*) from diagnosis where enterprise_id = ?", enterpriseId)).isEqualTo(1);
        assertThat(data.count("select coalesce(sum(used), 0) from diagnosis_quota where enterprise_id = ?", enterpriseId))
                .isEqualTo(1);
    }

    private BusinessException refusedAs(AccountPrincipal user, java.util.concurrent.Callable<?> work) {
        return catchThrowableOfType(BusinessException.class, () -> Subjects.as(user, work));
    }

    @Test
    void aSubmittedLevelIsLockedAgainstACraftedChangeAndADoubleSubmit() {
        long id = as(() -> diagnoses.start(Set.of()));
        int version = answerLevel(id, submitBasicData(id), 1, "FULL");
        as(() -> diagnoses.submitLevel(id, version, 1));
        Diagnosis now = as(() -> diagnoses.get(id));
        String levelOneQuestion = questions(now, 1).get(0).id();

        BusinessException locked = refused(() -> diagnoses.answer(id, now.getVersion(), levelOneQuestion, "NOT"));
        assertThat(locked.messageKey()).isEqualTo("diagnosis.level.locked");
        // the change of a tab that still shows level 1 (its version is older): the same reason, not "changed elsewhere"
        assertThat(refused(() -> diagnoses.answer(id, version, levelOneQuestion, "NOT")).messageKey())
                .isEqualTo("diagnosis.level.locked");
        assertThat(as(() -> diagnoses.answers(diagnoses.get(id))).get(levelOneQuestion)).isEqualTo("FULL");

        BusinessException again = refused(() -> diagnoses.submitLevel(id, now.getVersion(), 1));
        assertThat(again.messageKey()).isEqualTo("diagnosis.level.locked");
        BusinessException stale = refused(() -> diagnoses.submitLevel(id, version, 1));
        assertThat(stale.messageKey()).isEqualTo("diagnosis.changedElsewhere");
    }

    @Test
    void notInvolvedIsRefusedOutsideTailoredSubDomainsAndTailoringOnlyInTheFourDomains() {
        BusinessException notTailorable = refused(() -> diagnoses.start(Set.of("DATA")));
        assertThat(notTailorable.messageKey()).isEqualTo("model.tailoring.notTailorable");

        long id = as(() -> diagnoses.start(Set.of("SALES")));
        int version = submitBasicData(id);
        Diagnosis diagnosis = as(() -> diagnoses.get(id));
        Question data = questions(diagnosis, 1).stream().filter(q -> q.subDomain().equals("DATA")).findFirst().orElseThrow();
        Question sales = questions(diagnosis, 1).stream().filter(q -> q.subDomain().equals("SALES")).findFirst().orElseThrow();

        assertThat(refused(() -> diagnoses.answer(id, version, data.id(), "NOT_INVOLVED")).messageKey())
                .isEqualTo("model.answer.notInvolvedRefused");
        int after = as(() -> diagnoses.answer(id, version, sales.id(), "NOT_INVOLVED"));
        assertThat(after).isGreaterThan(version);
        // a tailored sub-domain takes nothing else: the scoring would ignore the answer without a word
        for (String option : List.of("FULL", "NOT")) {
            assertThat(refused(() -> diagnoses.answer(id, after, sales.id(), option)).messageKey())
                    .isEqualTo(DiagnosisService.FAULT_TAILORED_ONLY);
        }
        assertThat(as(() -> diagnoses.answers(diagnoses.get(id))).get(sales.id())).isEqualTo("NOT_INVOLVED");
    }

    @Test
    void oneDiagnosisInProgressAtATimeAndItResumesInANewSession() {
        long id = as(() -> diagnoses.start(Set.of()));
        int version = submitBasicData(id);
        Question first = questions(as(() -> diagnoses.get(id)), 1).get(0);
        as(() -> diagnoses.answer(id, version, first.id(), "MOSTLY"));

        assertThat(refused(() -> diagnoses.start(Set.of())).messageKey()).isEqualTo("diagnosis.inProgress");

        // a new session: another subject of the same enterprise
        AccountPrincipal again = Subjects.principal(Role.ENTERPRISE, enterpriseId, null);
        Diagnosis resumed = Subjects.as(again, () -> diagnoses.inProgress()).orElseThrow();
        assertThat(resumed.getId()).isEqualTo(id);
        assertThat(Subjects.as(again, () -> diagnoses.answers(diagnoses.get(id)))).containsEntry(first.id(), "MOSTLY");
    }

    @Test
    void tenConcurrentStartsWithOneQuotaLeftCreateExactlyOneDiagnosis() throws Exception {
        TestData data = new TestData(dataSource);
        String month = MonthlyQuota.monthOf(java.time.Instant.now());
        data.count("select count(*) from enterprise where id = ?", enterpriseId);
        try (var connection = dataSource.getConnection();
             var insert = connection.prepareStatement("insert into diagnosis_quota (enterprise_id, month, used) values (?, ?, 2)")) {
            insert.setLong(1, enterpriseId);
            insert.setString(2, month);
            insert.executeUpdate();
        }
        assertThat(as(() -> diagnoses.remainingThisMonth())).isEqualTo(1);

        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            outcomes.add(pool.submit(() -> {
                go.await();
                try {
                    return "started " + as(() -> diagnoses.start(Set.of()));
                } catch (BusinessException refused) {
                    return refused.messageKey();
                }
            }));
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }

        assertThat(results.stream().filter(r -> r.startsWith("started"))).hasSize(1);
        assertThat(results.stream().filter(r -> !r.startsWith("started")))
                .allMatch(r -> r.equals("diagnosis.quota.usedUp") || r.equals("diagnosis.inProgress"));
        assertThat(data.count("select count(*) from diagnosis where enterprise_id = ?", enterpriseId)).isEqualTo(1);
        assertThat(data.count("select used from diagnosis_quota where enterprise_id = ? and month = ?", enterpriseId, month)).isEqualTo(3);
        assertThat(as(() -> diagnoses.remainingThisMonth())).isZero();
    }

    @Test
    void basicDataIsCheckedOnSubmitAndLockedAfterwards() {
        long id = as(() -> diagnoses.start(Set.of()));
        int draft = as(() -> diagnoses.saveBasicData(id, as(() -> diagnoses.get(id)).getVersion(), Map.of("employees", "120"), false));
        BusinessException incomplete = refused(() -> diagnoses.saveBasicData(id, draft, Map.of("employees", "120"), true));
        assertThat(incomplete.field()).isPresent();
        assertThat(incomplete.messageKey()).isEqualTo("diagnosis.basicData.required");
        BusinessException outOfRange = refused(() -> diagnoses.saveBasicData(id, draft, withValid(Map.of("rdShare", "120")), true));
        assertThat(outOfRange.field()).hasValue("rdShare");

        for (String unplain : List.of("1e2", "1,200", "１２0abc")) {
            assertThat(refused(() -> diagnoses.saveBasicData(id, draft, withValid(Map.of("employees", unplain)), false)).field())
                    .as(unplain).hasValue("employees");
        }
        // typed with a full-width sign and digits, trailing zeros and an injected key: stored plain, the key dropped
        int submitted = as(() -> diagnoses.saveBasicData(id, draft,
                withValid(Map.of("employees", "＋１２０.00", "rdShare", "3.50", "injected", "x")), true));
        assertThat(refused(() -> diagnoses.saveBasicData(id, submitted, withValid(Map.of("employees", "5")), true)).messageKey())
                .isEqualTo("diagnosis.basicData.locked");
        assertThat(as(() -> diagnoses.basicData(diagnoses.get(id)))).containsEntry("employees", "120")
                .containsEntry("rdShare", "3.5").doesNotContainKey("injected");
    }

    private int submitBasicData(long id) {
        int version = as(() -> diagnoses.get(id)).getVersion();
        return as(() -> diagnoses.saveBasicData(id, version, withValid(Map.of()), true));
    }

    private static Map<String, String> withValid(Map<String, String> overrides) {
        Map<String, String> values = DiagnosisAnswering.basicData();
        values.putAll(overrides);
        return values;
    }

    /** Answers every question of a level with one option (NOT_INVOLVED in tailored sub-domains). */
    private int answerLevel(long id, int version, int level, String option) {
        Diagnosis diagnosis = as(() -> diagnoses.get(id));
        int current = version;
        for (Question question : questions(diagnosis, level)) {
            String answer = diagnosis.getTailoredSubDomains().contains(question.subDomain()) ? "NOT_INVOLVED" : option;
            int seen = current;
            current = as(() -> diagnoses.answer(id, seen, question.id(), answer));
        }
        return current;
    }

    private List<Question> questions(Diagnosis diagnosis, int level) {
        MaturityModel model = as(() -> diagnoses.modelOf(diagnosis));
        return model.questionsFor(level, diagnosis.getProductionType() == null ? ProductionType.DISCRETE : diagnosis.getProductionType());
    }

    private <T> T as(java.util.concurrent.Callable<T> work) {
        return Subjects.as(enterprise, work);
    }

    private BusinessException refused(java.util.concurrent.Callable<?> work) {
        return catchThrowableOfType(BusinessException.class, () -> as(work));
    }
}
