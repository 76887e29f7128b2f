package org.cmmm.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javax.sql.DataSource;
import org.cmmm.platform.control.AccountPrincipal;
import org.cmmm.platform.control.Role;
import org.cmmm.diagnosis.boundary.DiagnosisResultService;
import org.cmmm.diagnosis.boundary.DiagnosisService;
import org.cmmm.diagnosis.control.DiagnosisComparison;
import org.cmmm.diagnosis.control.DiagnosisReport;
import org.cmmm.diagnosis.control.SubDomainChange;
import org.cmmm.diagnosis.entity.Diagnosis;
import org.cmmm.it.DiagnosisAnswering;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.Subjects;
import org.cmmm.it.TestData;
import org.cmmm.model.control.GapQuestion;
import org.cmmm.model.control.LevelScore;
import org.cmmm.model.control.Ratio;
import org.cmmm.model.control.SubDomain;
import org.cmmm.platform.control.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The result boundary on MariaDB: a completed diagnosis recomputed with its model version (total, level, gap
 * list ranked by gain), the change since the previous completed diagnosis, and the tenant rule (another
 * enterprise and another region's admin find nothing; the region's admin sees it).
 */
@ExtendWith(ArquillianExtension.class)
class DiagnosisResultIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.earWithTests(DiagnosisResultIT.class, DiagnosisAnswering.class);
    }

    @Inject
    DiagnosisService diagnoses;

    @Inject
    DiagnosisResultService results;

    @Resource(lookup = "java:app/jdbc/cmmm")
    DataSource dataSource;

    private TestData data;
    private AccountPrincipal enterprise;

    @BeforeEach
    void anEnterpriseInSuzhou() {
        data = new TestData(dataSource);
        long enterpriseId = data.enterprise(TestData.unique("结果测试"), "320505");
        enterprise = Subjects.principal(Role.ENTERPRISE, enterpriseId, null);
    }

    @Test
    void aCompletedDiagnosisReportsItsTotalLevelAndAGapListRankedByGain() {
        // level 1 fully satisfied; level 2 answered not / partly in turn, so gains differ and it is not reached
        long id = complete(Set.of("LOGISTICS"), level -> level == 1 ? alternate("FULL") : alternate("NOT", "PARTLY"));

        DiagnosisReport report = as(() -> results.report(id));

        Diagnosis stored = report.diagnosis();
        assertThat(report.levels()).extracting(LevelScore::level).containsExactly(1, 2);
        assertThat(report.levels()).extracting(LevelScore::reached).containsExactly(true, false);
        assertThat(report.explanation().result().total().toBigDecimal(4)).isEqualByComparingTo(stored.getTotalScore());
        assertThat(report.maturityLevel()).isEqualTo(1).isEqualTo(stored.getMaturityLevel());
        assertThat(report.level()).hasValueSatisfying(level -> assertThat(level.name().zh()).isEqualTo("规划级"));
        assertThat(report.tailored()).extracting(SubDomain::code).containsExactly("LOGISTICS");
        assertThat(report.weakest()).hasSize(DiagnosisReport.WEAKEST_SHOWN);
        assertThat(report.lastLevel().level()).isEqualTo(2);

        assertThat(report.gap()).hasValueSatisfying(gap -> assertThat(gap.level()).isEqualTo(2));
        List<GapQuestion> gapQuestions = report.gapQuestions();
        assertThat(gapQuestions).isNotEmpty();
        assertThat(gapQuestions).extracting(GapQuestion::gain).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(gapQuestions.get(0).gain()).isGreaterThan(gapQuestions.get(gapQuestions.size() - 1).gain());
        assertThat(gapQuestions).allSatisfy(q -> assertThat(report.answerOf(q.questionId())).isPresent());
        assertThat(report.previous()).isEmpty();
        assertThat(report.comparison()).isEmpty();
    }

    @Test
    void aSecondCompletedDiagnosisShowsTheChangeSinceTheFirstAndOneInProgressHasNoResultYet() {
        long first = complete(Set.of(), level -> level == 1 ? alternate("FULL") : alternate("NOT", "PARTLY"));
        long second = as(() -> diagnoses.start(Set.of()));
        assertThat(refused(() -> results.report(second)).messageKey()).isEqualTo("diagnosis.result.notYet");
        finish(second, level -> switch (level) {
            case 1, 2 -> alternate("FULL");
            default -> alternate("NOT");
        });

        DiagnosisReport report = as(() -> results.report(second));

        assertThat(report.maturityLevel()).isEqualTo(2);
        assertThat(report.previous()).map(Diagnosis::getId).hasValue(first);
        DiagnosisComparison comparison = report.comparison().orElseThrow();
        assertThat(comparison.level()).isEqualTo(2);
        DiagnosisReport before = as(() -> results.report(first));
        assertThat(comparison.previousTotal()).isEqualTo(before.explanation().result().total());
        assertThat(comparison.totalChange()).isEqualTo(report.explanation().result().total().subtract(before.explanation().result().total()));
        assertThat(comparison.subDomains()).isNotEmpty().allSatisfy(change -> {
            assertThat(change.current()).isEqualTo(Ratio.ONE);
            assertThat(change.previous()).isEqualTo(before.lastLevel().subDomain(change.subDomain()).orElseThrow().score());
            assertThat(change.change().signum()).isPositive();
            assertThat(change.display()).startsWith("+");
        });
        assertThat(comparison.subDomains()).extracting(SubDomainChange::subDomain)
                .containsExactlyElementsOf(before.lastLevel().subDomains().stream().map(s -> s.subDomain()).toList());
        // the first one has nothing before it, even though a later one exists
        assertThat(before.previous()).isEmpty();
    }

    @Test
    void anEarlierDiagnosisWithoutItsAnswersLeavesOutTheComparisonNotTheResult() throws Exception {
        long first = complete(Set.of(), level -> level == 1 ? alternate("FULL") : alternate("NOT"));
        try (var connection = dataSource.getConnection();
             var delete = connection.prepareStatement("delete from diagnosis_answer where diagnosis_id = ?")) {
            delete.setLong(1, first); // as a generated or imported diagnosis: its scores without its answers
            delete.executeUpdate();
        }
        long second = complete(Set.of(), level -> level == 1 ? alternate("FULL") : alternate("PARTLY"));

        DiagnosisReport report = as(() -> results.report(second));

        assertThat(report.diagnosis().getId()).isEqualTo(second);
        assertThat(report.levels()).extracting(LevelScore::level).containsExactly(1, 2);
        assertThat(report.comparison()).isEmpty();
        assertThat(report.previous()).isEmpty();
    }

    @Test
    void anotherEnterpriseAndAnotherRegionsAdminFindNothingTheRegionsAdminSeesIt() {
        long id = complete(Set.of(), level -> level == 1 ? alternate("FULL") : alternate("NOT"));
        long otherEnterprise = data.enterprise(TestData.unique("别家企业"), "320505");
        AccountPrincipal other = Subjects.principal(Role.ENTERPRISE, otherEnterprise, null);
        AccountPrincipal suzhouAdmin = Subjects.principal(Role.REGION_ADMIN, null, data.regionPath("320500"));
        AccountPrincipal hangzhouAdmin = Subjects.principal(Role.REGION_ADMIN, null, data.regionPath("330100"));
        AccountPrincipal support = Subjects.principal(Role.SUPPORT, null, null);

        assertThat(refusedAs(other, () -> results.report(id)).messageKey()).isEqualTo("diagnosis.notFound");
        assertThat(refusedAs(hangzhouAdmin, () -> results.report(id)).messageKey()).isEqualTo("diagnosis.notFound");
        assertThat(refusedAs(other, () -> results.report(Long.MAX_VALUE)).messageKey()).isEqualTo("diagnosis.notFound");
        assertThat(Subjects.as(suzhouAdmin, () -> results.report(id)).diagnosis().getId()).isEqualTo(id);
        assertThat(Subjects.as(support, () -> results.report(id)).totalDisplay()).isEqualTo("1.00");
    }

    private long complete(Set<String> tailored, Function<Integer, Function<Integer, String>> optionsPerLevel) {
        return new DiagnosisAnswering(diagnoses, enterprise).complete(tailored, optionsPerLevel);
    }

    private void finish(long id, Function<Integer, Function<Integer, String>> optionsPerLevel) {
        new DiagnosisAnswering(diagnoses, enterprise).finish(id, optionsPerLevel);
    }

    private static Function<Integer, String> alternate(String... options) {
        return DiagnosisAnswering.alternate(options);
    }

    private <T> T as(Callable<T> work) {
        return Subjects.as(enterprise, work);
    }

    private BusinessException refused(Callable<?> work) {
        return refusedAs(enterprise, work);
    }

    private static BusinessException refusedAs(AccountPrincipal user, Callable<?> work) {
        return catchThrowableOfType(BusinessException.class, () -> Subjects.as(user, work));
    }
}
