package org.cmmm.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.cmmm.it.DiagnosisRows;
import org.cmmm.it.BatchRuns;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.Subjects;
import org.cmmm.it.TestData;
import org.cmmm.platform.batch.BatchJobs;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.control.Role;
import org.cmmm.statistics.boundary.Comparison;
import org.cmmm.statistics.boundary.EnterpriseFilter;
import org.cmmm.statistics.boundary.EnterpriseRow;
import org.cmmm.statistics.boundary.PeerBenchmark;
import org.cmmm.statistics.boundary.PeerFigures;
import org.cmmm.statistics.boundary.StatisticsDashboard;
import org.cmmm.statistics.entity.StatisticsCell;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's figures through its boundary, on a snapshot of enterprises in Lhasa (a province no other test
 * uses): 6 with a diagnosis in 城关区, 3 in 堆龙德庆区, 2 registered without one in 达孜区. Each region's figures are
 * its cells; a regional administrator reads their own region and below, nothing beside or above but comparisons,
 * where fewer than k = 5 enterprises, or a difference of fewer than 5 from the administrator's own figure, is hidden.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsDashboardIT {

    private static final String CHENGGUAN = "/540000/540100/540102/";
    private static final String DUILONG = "/540000/540100/540103/";
    private static final String LHASA = "/540000/540100/";
    private static final String XIZANG = "/540000/";

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.earWithTests(StatisticsDashboardIT.class, DiagnosisRows.class);
    }

    @Inject
    StatisticsDashboard dashboard;

    @Inject
    PeerBenchmark peers;

    @Inject
    BatchJobs jobs;

    @Resource(lookup = "java:app/jdbc/cmmm")
    DataSource dataSource;

    private static long snapshot;

    @BeforeEach
    void aSnapshotOfLhasa() throws Exception {
        synchronized (StatisticsDashboardIT.class) {
            if (snapshot != 0) {
                return;
            }
            TestData data = new TestData(dataSource);
            DiagnosisRows diagnoses = new DiagnosisRows(dataSource);
            for (int i = 0; i < 6; i++) {
                diagnoses.completed(data.enterprise(TestData.unique("城关企业"), "540102"), CHENGGUAN);
            }
            for (int i = 0; i < 3; i++) {
                diagnoses.completed(data.enterprise(TestData.unique("堆龙企业"), "540103"), DUILONG);
            }
            data.enterprise(TestData.unique("达孜企业"), "540104");
            data.enterprise(TestData.unique("达孜企业"), "540104");
            // six outside Tibet (秀英区, Haikou), so that the nation less 城关区 stands for at least k enterprises
            // whatever else the database holds (this test alone: the nation would be Tibet, and hidden)
            for (int i = 0; i < 6; i++) {
                diagnoses.completed(data.enterprise(TestData.unique("秀英企业"), "460105"), data.regionPath("460105"));
            }
            Thread.sleep(1_100); // the run's as-of instant (whole seconds) comes after these completions
            long execution = Subjects.system(() -> jobs.start("statistics-snapshot", new Properties()));
            assertThat(BatchRuns.awaitEnd(jobs, execution, Duration.ofMinutes(2))).isEqualTo(BatchStatus.COMPLETED);
            snapshot = data.count("select s.id from statistics_snapshot s join statistics_run r on r.id = s.run_id"
                    + " where r.job_execution_id = ? and s.model_version = ?", execution, DiagnosisRows.currentModel().version());
        }
    }

    @Test
    void aRegionsFiguresAreItsCells() {
        StatisticsCell county = as(admin(CHENGGUAN), () -> dashboard.headline(snapshot, CHENGGUAN));
        assertThat(county.getRegistered()).isEqualTo(6);
        assertThat(county.getDiagnosed()).isEqualTo(6);
        assertThat(county.getLevels()).containsExactly(0, 6, 0, 0, 0, 0);
        assertThat(county.getTotalSum()).isEqualByComparingTo("6.0000");
        assertThat(StatisticsDashboard.capabilityAverages(county).get(0)).isEqualByComparingTo("1.00");

        StatisticsCell city = as(admin(XIZANG), () -> dashboard.headline(snapshot, LHASA));
        assertThat(city.getRegistered()).isEqualTo(11);
        assertThat(city.getDiagnosed()).isEqualTo(9);
        List<StatisticsCell> counties = as(admin(XIZANG), () -> dashboard.children(snapshot, LHASA));
        assertThat(counties).extracting(StatisticsCell::getRegionPath)
                .containsExactly(CHENGGUAN, DUILONG, "/540000/540100/540104/");
        assertThat(counties).extracting(StatisticsCell::getDiagnosed).containsExactly(6, 3, 0);
        assertThat(as(admin(DUILONG), () -> dashboard.children(snapshot, XIZANG))).as("the city above is not theirs").isEmpty();
        assertThat(as(admin(DUILONG), () -> dashboard.children(snapshot, LHASA))).extracting(StatisticsCell::getRegionPath)
                .as("only their own county below the city").containsExactly(DUILONG);
        assertThat(as(admin(LHASA), () -> dashboard.sizes(snapshot, LHASA))).singleElement()
                .satisfies(cell -> assertThat(cell.getSize()).isEqualTo("SMALL"));
        assertThat(as(admin(LHASA), () -> dashboard.industries(snapshot, LHASA))).extracting(StatisticsCell::getIndustry)
                .containsExactly("33", "C");
    }

    @Test
    void comparisonsHideFiguresOfFewerThanFiveAndFiguresThatWouldRevealFewerThanFiveByDifference() {
        // 城关区 has 6 of Lhasa's 9: Lhasa and Tibet less 城关区 would be the other 3, so both are hidden
        List<Comparison> fromChengguan = as(admin(CHENGGUAN), () -> dashboard.comparisonsAcrossRegions(snapshot, CHENGGUAN));
        assertThat(fromChengguan).extracting(Comparison::regionPath).containsExactly(LHASA, XIZANG, StatisticsCell.NATION);
        assertThat(fromChengguan.get(0).averageTotal()).isNull();
        assertThat(fromChengguan.get(1).averageTotal()).isNull();
        assertThat(fromChengguan.get(0).capabilityAverages()).containsOnlyNulls();
        assertThat(fromChengguan.get(2).averageTotal()).isNotNull();
        // 堆龙德庆区 has 3: Lhasa (9) stands for 6 others, Tibet for no more than Lhasa: both shown
        List<Comparison> fromDuilong = as(admin(DUILONG), () -> dashboard.comparisonsAcrossRegions(snapshot, DUILONG));
        assertThat(fromDuilong.get(0).averageTotal()).isEqualByComparingTo(new BigDecimal("1.00"));
        assertThat(fromDuilong.get(1).averageTotal()).isEqualByComparingTo(new BigDecimal("1.00"));
        assertThat(fromDuilong.get(0).capabilityAverages().get(0)).isEqualByComparingTo("1.00");
    }

    @Test
    void anAdministratorReadsNothingBesideOrAboveTheirRegionAndAnEnterpriseNothingAtAll() {
        assertThat(refused(admin(CHENGGUAN), () -> dashboard.headline(snapshot, DUILONG))).isEqualTo(StatisticsDashboard.FAULT_NO_FIGURES);
        assertThat(refused(admin(CHENGGUAN), () -> dashboard.headline(snapshot, LHASA))).isEqualTo(StatisticsDashboard.FAULT_NO_FIGURES);
        assertThat(refused(admin(CHENGGUAN), () -> dashboard.headline(snapshot, StatisticsCell.NATION)))
                .isEqualTo(StatisticsDashboard.FAULT_NO_FIGURES);
        assertThat(refused(admin(CHENGGUAN), () -> dashboard.comparisonsAcrossRegions(snapshot, DUILONG)))
                .isEqualTo(StatisticsDashboard.FAULT_NO_FIGURES);
        assertThat(as(admin(CHENGGUAN), () -> dashboard.industries(snapshot, DUILONG))).isEmpty();
        assertThat(as(admin(CHENGGUAN), () -> dashboard.sizes(snapshot, XIZANG))).isEmpty();
        assertThat(as(admin(CHENGGUAN), () -> dashboard.trend(snapshot, LHASA))).isEmpty();
        assertThat(as(admin(CHENGGUAN), () -> dashboard.mayRead(DUILONG))).isFalse();
        assertThat(as(admin(CHENGGUAN), () -> dashboard.mayRead(LHASA))).as("the city above: named in the trail, not linked").isFalse();
        assertThat(as(admin(CHENGGUAN), () -> dashboard.mayRead(CHENGGUAN))).isTrue();
        assertThat(as(admin(CHENGGUAN), () -> dashboard.homeRegion())).isEqualTo(CHENGGUAN);
        assertThat(as(admin("/320000/320500/"), () -> dashboard.mayRead(LHASA))).isFalse();

        var enterprise = Subjects.principal(Role.ENTERPRISE, 1L, null);
        assertThat(refused(enterprise, () -> dashboard.snapshots())).isEqualTo(BusinessException.FORBIDDEN);
        assertThat(refused(enterprise, () -> dashboard.headline(snapshot, CHENGGUAN))).isEqualTo(BusinessException.FORBIDDEN);

        var support = Subjects.principal(Role.SUPPORT, null, null);
        assertThat(as(support, () -> dashboard.headline(snapshot, StatisticsCell.NATION)).getDiagnosed()).isGreaterThanOrEqualTo(9);
        assertThat(as(support, () -> dashboard.homeRegion())).isEqualTo(StatisticsCell.NATION);
    }

    @Test
    void theListOfARegionsEnterprisesIsFilteredAndHoldsNoEnterpriseOutsideTheTenancy() {
        var chengguan = admin(CHENGGUAN);
        assertThat(as(chengguan, () -> dashboard.enterprises(CHENGGUAN, EnterpriseFilter.ANY, 0, 50))).hasSize(6)
                .allSatisfy(row -> assertThat(row.regionPath()).isEqualTo(CHENGGUAN));
        assertThat(as(chengguan, () -> dashboard.enterpriseCount(CHENGGUAN, EnterpriseFilter.ANY))).isEqualTo(6);
        assertThat(as(chengguan, () -> dashboard.enterprises(CHENGGUAN, EnterpriseFilter.ANY, 0, 50)))
                .as("best total first, equal totals in the order the enterprises registered")
                .isSortedAccordingTo(java.util.Comparator.comparing(EnterpriseRow::totalScore).reversed()
                        .thenComparing(EnterpriseRow::enterpriseId));
        assertThat(as(chengguan, () -> dashboard.enterpriseCount(LHASA, EnterpriseFilter.ANY)))
                .as("counting the city above counts only the administrator's own rows").isEqualTo(6);
        // asking for the city above or the county beside lists nothing the administrator may not see
        assertThat(as(chengguan, () -> dashboard.enterprises(LHASA, EnterpriseFilter.ANY, 0, 50)))
                .allSatisfy(row -> assertThat(row.regionPath()).isEqualTo(CHENGGUAN));
        assertThat(as(chengguan, () -> dashboard.enterprises(DUILONG, EnterpriseFilter.ANY, 0, 50))).isEmpty();
        assertThat(as(chengguan, () -> dashboard.enterprises(CHENGGUAN, new EnterpriseFilter(null, null, null, DUILONG), 0, 50)))
                .as("a filter region outside the region is ignored").hasSize(6);

        var xizang = admin(XIZANG);
        assertThat(as(xizang, () -> dashboard.enterpriseCount(XIZANG, EnterpriseFilter.ANY))).isEqualTo(9);
        assertThat(as(xizang, () -> dashboard.enterpriseCount(XIZANG, new EnterpriseFilter(null, null, null, DUILONG)))).isEqualTo(3);
        assertThat(as(xizang, () -> dashboard.enterpriseCount(XIZANG, new EnterpriseFilter(1, "C", "SMALL", null)))).isEqualTo(9);
        assertThat(as(xizang, () -> dashboard.enterpriseCount(XIZANG, new EnterpriseFilter(2, null, null, null)))).isZero();
        assertThat(as(xizang, () -> dashboard.enterpriseCount(XIZANG, new EnterpriseFilter(null, "17", null, null)))).isZero();
        assertThat(as(xizang, () -> dashboard.enterprises(XIZANG, EnterpriseFilter.ANY, 5, 50))).hasSize(4);
    }

    @Test
    void thePeerBenchmarkOfAReportGivesTheNewestSnapshotsFiguresOfAtLeastKEnterprises() {
        String version = DiagnosisRows.currentModel().version();
        var enterprise = Subjects.principal(Role.ENTERPRISE, new TestData(dataSource).enterprise(TestData.unique("同类企业"), "320505"), null);
        var support = Subjects.principal(Role.SUPPORT, null, null);
        PeerFigures figures = as(enterprise, () -> peers.figuresAcrossRegions(version, XIZANG, "33", "SMALL"));
        long newest = as(support, () -> dashboard.snapshots()).stream().filter(choice -> choice.modelVersion().equals(version))
                .findFirst().orElseThrow().snapshotId();
        assertThat(figures.asOf()).isNotNull();
        assertThat(figures.peers()).extracting(PeerFigures.Peer::kind).containsExactly(PeerFigures.Kind.PROVINCE,
                PeerFigures.Kind.INDUSTRY_DIVISION, PeerFigures.Kind.SIZE);

        // Xizang: the 9 diagnosed enterprises of this snapshot (at least k), its average shown
        StatisticsCell xizang = as(support, () -> dashboard.headline(newest, XIZANG));
        assertThat(xizang.getDiagnosed()).isGreaterThanOrEqualTo(5);
        assertThat(figures.peers().get(0).averageTotal()).isEqualByComparingTo(xizang.getTotalSum()
                .divide(BigDecimal.valueOf(xizang.getDiagnosed()), 2, java.math.RoundingMode.HALF_UP));
        // the nation's division 33 and its small enterprises: shown where k enterprises stand behind them, else nothing
        StatisticsCell division = as(support, () -> dashboard.industries(newest, StatisticsCell.NATION)).stream()
                .filter(cell -> cell.getIndustry().equals("33")).findFirst().orElseThrow();
        StatisticsCell small = as(support, () -> dashboard.sizes(newest, StatisticsCell.NATION)).stream()
                .filter(cell -> cell.getSize().equals("SMALL")).findFirst().orElseThrow();
        for (var pair : List.of(List.of(figures.peers().get(1), division), List.of(figures.peers().get(2), small))) {
            PeerFigures.Peer peer = (PeerFigures.Peer) pair.get(0);
            StatisticsCell cell = (StatisticsCell) pair.get(1);
            if (cell.getDiagnosed() >= 5) {
                assertThat(peer.averageTotal()).isEqualByComparingTo(cell.getTotalSum()
                        .divide(BigDecimal.valueOf(cell.getDiagnosed()), 2, java.math.RoundingMode.HALF_UP));
            } else {
                assertThat(peer.averageTotal()).as("fewer than k").isNull();
            }
            for (int i = 0; i < cell.getCapabilities().size(); i++) {
                if (cell.getCapabilities().get(i).count() < 5) {
                    assertThat(peer.capabilityAverages().get(i)).as("a sub-domain of fewer than k").isNull();
                }
            }
        }
        // a model version without a snapshot: no figures at all ("暂无统计数据")
        assertThat(as(enterprise, () -> peers.figuresAcrossRegions("CMMM-1999", XIZANG, "33", "SMALL")).asOf()).isNull();
    }

    private static org.cmmm.platform.control.AccountPrincipal admin(String regionPath) {
        return Subjects.principal(Role.REGION_ADMIN, null, regionPath);
    }

    private static <T> T as(org.cmmm.platform.control.AccountPrincipal user, Callable<T> work) {
        return Subjects.as(user, work);
    }

    private static String refused(org.cmmm.platform.control.AccountPrincipal user, Callable<?> work) {
        return catchThrowableOfType(BusinessException.class, () -> Subjects.as(user, work)).messageKey();
    }
}
