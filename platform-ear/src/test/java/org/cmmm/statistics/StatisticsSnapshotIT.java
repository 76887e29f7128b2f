package org.cmmm.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.cmmm.benchmark.Population;
import org.cmmm.it.BatchRuns;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.Subjects;
import org.cmmm.it.TestData;
import org.cmmm.platform.batch.BatchJobs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The job {@code statistics-snapshot} on a generated population (2,000 enterprises in Jiangsu and Zhejiang, about
 * three diagnoses each over two years, some in progress, some tailored) besides whatever other tests left in the
 * database: every cell it writes equals the plain computation of {@link SnapshotReference}, as of now and as of an
 * instant in the past (when later diagnoses must not count).
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsSnapshotIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.earWithTests(StatisticsSnapshotIT.class, SnapshotReference.class, Population.class);
    }

    @Inject
    BatchJobs jobs;

    @Resource(lookup = "java:app/jdbc/cmmm")
    DataSource dataSource;

    private static boolean generated;

    @BeforeEach
    void aGeneratedPopulation() throws SQLException {
        synchronized (StatisticsSnapshotIT.class) {
            if (!generated) {
                // three chunks: what the generator writes chunk by chunk must add up as one population
                new Population(dataSource, 700).generate(new Population.Shape(2_000, Map.of("320000", 0.7, "330000", 0.3),
                        LocalDateTime.now().minusDays(1), 20261202L, TestData.unique("统计企业")), (done, of) -> { });
                generated = true;
            }
        }
    }

    @Test
    void asOfNowEveryCellEqualsThePlainComputation() throws Exception {
        long run = completedRun(new Properties());
        LocalDateTime asOf = asOf(run);
        assertThat(asOf).isCloseTo(LocalDateTime.now(), org.assertj.core.api.Assertions.within(10, ChronoUnit.MINUTES));

        assertEqualToReference(run);
        TestData data = new TestData(dataSource);
        // the batch runtime keeps its job repository in the platform's database (config/bin/batch-repository)
        assertThat(data.text("select batchstatus from EXECUTIONINSTANCEDATA where jobexecid = (select job_execution_id"
                + " from statistics_run where id = ?)", run)).isEqualTo("COMPLETED");
        assertThat(data.count("select count(*) from statistics_run_partition where run_id = ?", run))
                .as("a partition per province").isEqualTo(data.count("select count(*) from region where parent_code is null"));
        // the nation counts every registered enterprise once per model version
        assertThat(data.count("select min(c.registered) from statistics_cell c join statistics_snapshot s on s.id = c.snapshot_id"
                + " where s.run_id = ? and c.region_path = '/' and c.industry = '*' and c.size = '*'", run))
                .isEqualTo(data.count("select count(*) from enterprise where created_at <= ?", asOf));
    }

    @Test
    void asOfAnInstantInThePastLaterDiagnosesDoNotCountAndTheEarlierOnesDo() throws Exception {
        LocalDateTime asOf = LocalDateTime.now().minusDays(400).truncatedTo(ChronoUnit.SECONDS);
        TestData data = new TestData(dataSource);
        // the population has enterprises whose latest diagnosis came after the instant but an earlier one before it,
        // enterprises whose only diagnoses came after it, diagnoses in progress and tailored sub-domains
        assertThat(data.count("select count(*) from latest_valid lv where lv.completed_at > ? and exists (select 1 from diagnosis d"
                + " where d.enterprise_id = lv.enterprise_id and d.status = 'COMPLETED' and d.completed_at <= ?)", asOf, asOf))
                .isGreaterThan(100);
        assertThat(data.count("select count(*) from latest_valid lv where not exists (select 1 from diagnosis d"
                + " where d.enterprise_id = lv.enterprise_id and d.status = 'COMPLETED' and d.completed_at <= ?)", asOf))
                .isGreaterThan(50);
        assertThat(data.count("select count(*) from diagnosis where status <> 'COMPLETED'")).isGreaterThan(50);
        assertThat(data.count("select count(*) from diagnosis where status = 'COMPLETED' and tailoring <> ''")).isGreaterThan(50);

        Properties parameters = new Properties();
        parameters.setProperty("asOf", asOf.toString());
        long run = completedRun(parameters);

        assertThat(asOf(run)).isEqualTo(asOf);
        assertEqualToReference(run);
    }

    @Test
    void twoStartsForOneInstantWriteOneRun() throws Exception {
        LocalDateTime asOf = LocalDateTime.now().minusDays(100).truncatedTo(ChronoUnit.SECONDS);
        Properties parameters = new Properties();
        parameters.setProperty("asOf", asOf.toString());

        long first = Subjects.system(() -> jobs.start("statistics-snapshot", parameters));
        long second = Subjects.system(() -> jobs.start("statistics-snapshot", parameters));
        List<BatchStatus> ended = List.of(awaitEnd(first), awaitEnd(second));

        assertThat(ended).containsExactlyInAnyOrder(BatchStatus.COMPLETED, BatchStatus.FAILED);
        TestData data = new TestData(dataSource);
        assertThat(data.count("select count(*) from statistics_run where as_of = ?", asOf)).isEqualTo(1);
        assertThat(data.text("select status from statistics_run where as_of = ?", asOf)).isEqualTo("COMPLETED");
    }

    private void assertEqualToReference(long run) throws SQLException {
        assertThat(SnapshotReference.written(dataSource, run)).hasSizeGreaterThan(1_000);
        assertThat(SnapshotReference.differences(dataSource, run)).as("cells that differ from the plain computation").isEmpty();
    }

    private long completedRun(Properties parameters) throws Exception {
        long execution = Subjects.system(() -> jobs.start("statistics-snapshot", parameters));
        assertThat(awaitEnd(execution)).as("job execution %d: %s", execution, Subjects.system(() -> jobs.exitStatus(execution)))
                .isEqualTo(BatchStatus.COMPLETED);
        TestData data = new TestData(dataSource);
        long run = data.count("select id from statistics_run where job_execution_id = ?", execution);
        assertThat(data.text("select status from statistics_run where id = ?", run)).isEqualTo("COMPLETED");
        return run;
    }

    private LocalDateTime asOf(long run) {
        return LocalDateTime.parse(new TestData(dataSource).text("select date_format(as_of, '%Y-%m-%dT%H:%i:%s') from statistics_run"
                + " where id = ?", run));
    }

    private BatchStatus awaitEnd(long execution) throws InterruptedException {
        return BatchRuns.awaitEnd(jobs, execution, Duration.ofMinutes(5));
    }
}
