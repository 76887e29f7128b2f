package org.cmmm.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.cmmm.benchmark.Population;
import org.cmmm.it.Browser;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.TestData;
import org.cmmm.it.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A statistics run interrupted mid-way and continued ends in exactly the cells of an uninterrupted run (the plain
 * computation of {@link SnapshotReference}, which {@link StatisticsSnapshotIT} proves equal to one): stopped by
 * support on /support/statistics.xhtml, and with the server killed ({@code kill -9}) under it. Support drives it
 * in the browser: start, follow the progress, stop, continue. The population is large enough (15,000 more
 * enterprises across the country) that a run takes a few seconds, so it can be caught in the middle.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsRestartIT {

    @RegisterExtension
    static Browser browser = new Browser().allowingSevereRecords("the server is killed under a statistics run on purpose");

    private static final String PASSWORD = "Statistics#2026";

    private static final Duration LIMIT = Duration.ofMinutes(3);

    private static DataSource database;
    private static String supportUser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @BeforeAll
    static void aNationalPopulationAndASupportUser() throws Exception {
        database = TestData.fromTestJvm();
        new Population(database).generate(new Population.Shape(15_000, Population.NATIONAL, LocalDateTime.now().minusDays(1),
                20261203L, TestData.unique("重启统计企业")), (done, of) -> { });
        supportUser = new TestData(database).newUser("statsupport", PASSWORD, "SUPPORT", null, null);
    }

    @Test
    void aRunStoppedBySupportAndContinuedWritesTheSameCells() throws Exception {
        browser.signOutByForgetting();
        browser.signIn(supportUser, PASSWORD, "zh_CN");
        long run = startAndCatchInTheMiddle();

        browser.click(By.cssSelector("#runs\\:history button[id$=':stop']"));
        awaitStatus(run, "FAILED");
        assertThat(partitionsDone(run)).as("provinces written when it stopped").isLessThan(partitionsTotal(run));
        browser.open("support/statistics.xhtml");
        assertThat(browser.waitFor(By.cssSelector("#runs\\:history .status-FAILED")).getText()).isEqualTo("未完成");
        browser.screenshot("statistics-runs-stopped");

        browser.click(By.cssSelector("#runs\\:history button[id$=':restart']"));
        awaitStatus(run, "COMPLETED");
        assertEqualToReference(run);
        browser.open("support/statistics.xhtml");
        assertThat(browser.waitFor(By.cssSelector("#runs\\:history .status-COMPLETED")).getText()).isEqualTo("已完成");
    }

    @Test
    void aRunWhoseServerWasKilledIsFailedAtTheNextStartAndContinuedWritesTheSameCells() throws Exception {
        browser.signOutByForgetting();
        browser.signIn(supportUser, PASSWORD, "zh_CN");
        long run = startAndCatchInTheMiddle();

        TestServer.crashAndStart();
        assertThat(status(run)).as("the run after the server came back").isEqualTo("FAILED");
        assertThat(new TestData(database).text("select error from statistics_run where id = ?", run))
                .startsWith("interrupted");
        assertThat(partitionsDone(run)).isLessThan(partitionsTotal(run));

        browser.signOutByForgetting();
        browser.signIn(supportUser, PASSWORD, "zh_CN");
        browser.open("support/statistics.xhtml");
        browser.waitFor(By.cssSelector("#runs\\:history .status-FAILED"));
        browser.click(By.cssSelector("#runs\\:history button[id$=':restart']"));
        awaitStatus(run, "COMPLETED");
        assertEqualToReference(run);
    }

    /** Starts a run on the support page and returns it once a first province is written and the last one is not. */
    private static long startAndCatchInTheMiddle() throws Exception {
        TestData data = new TestData(database);
        long before = data.count("select coalesce(max(id), 0) from statistics_run");
        browser.open("support/statistics.xhtml");
        // a new second: runs of one as-of instant are one run
        Thread.sleep(1_100);
        browser.click(By.id("runs:start"));
        Instant until = Instant.now().plus(LIMIT);
        while (Instant.now().isBefore(until)) {
            long run = data.count("select coalesce(max(id), 0) from statistics_run");
            if (run > before && partitionsDone(run) > 0) {
                assertThat(status(run)).isEqualTo("RUNNING");
                browser.waitFor(By.id("runs:bar"));
                browser.screenshot("statistics-runs-progress");
                return run;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no province was written within " + LIMIT);
    }

    private static void awaitStatus(long run, String status) throws InterruptedException {
        Instant until = Instant.now().plus(LIMIT);
        while (Instant.now().isBefore(until) && !status.equals(status(run))) {
            Thread.sleep(200);
        }
        assertThat(status(run)).as("run %d", run).isEqualTo(status);
    }

    private static void assertEqualToReference(long run) throws Exception {
        assertThat(SnapshotReference.differences(database, run)).as("cells that differ from the plain computation").isEmpty();
    }

    private static String status(long run) {
        return new TestData(database).text("select status from statistics_run where id = ?", run);
    }

    private static long partitionsDone(long run) {
        return new TestData(database).count("select count(*) from statistics_run_partition where run_id = ?", run);
    }

    private static long partitionsTotal(long run) {
        return new TestData(database).count("select partitions_total from statistics_run where id = ?", run);
    }
}
