package org.cmmm.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.cmmm.it.Browser;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.TestData;
import org.cmmm.statistics.control.SnapshotSql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The statistics benchmark (issue 13; README, "Benchmarks"): fills the test database with N enterprises
 * ({@code -Dbenchmark.enterprises}, default 1,000,000) and their diagnoses ({@link Population}), has support write a
 * snapshot as of now on the support page (the real job on the real server), and prints its time beside a floor
 * measured in the same run: every cell of the same run in one {@code INSERT … SELECT}, one pass, one thread. Then
 * the same for an as-of instant a year back. A command that prints figures, not a test of them: it fails only when
 * the job does not complete.
 *
 * <pre>mvn -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=StatisticsBenchmark -Dbenchmark.enterprises=1000000</pre>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsBenchmark {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String PASSWORD = "Benchmark#2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @Test
    void generateThenTimeTheJobBesideTheOnePassFloor() throws Exception {
        int enterprises = Integer.getInteger("benchmark.enterprises", 1_000_000);
        DataSource database = TestData.fromTestJvm();
        TestData data = new TestData(database);
        Instant started = Instant.now();
        Population.Generated generated = new Population(database).generate(new Population.Shape(enterprises, Population.NATIONAL,
                LocalDateTime.now().minusDays(1), 42L, "基准企业"), (done, of) -> say("generating %s %,d of %,d enterprises, %s",
                Population.bar(done, of), done, of, seconds(Duration.between(started, Instant.now()))));
        Duration generation = Duration.between(started, Instant.now());
        say("generated %,d enterprises, %,d diagnoses (%,d completed), %,d capability scores, %,d latest-valid rows in %s",
                generated.enterprises(), generated.diagnoses(), generated.completed(),
                generated.capabilities(), generated.latestValid(), seconds(generation));

        String support = data.newUser("benchsupport", PASSWORD, "SUPPORT", null, null);
        browser.signIn(support, PASSWORD, "zh_CN");
        Measured now = measure(database, null);
        say("statistics job, as of now:         %s (floor %s, ratio %.2f; target ≤ 1.5), %,d cells", seconds(now.job()),
                seconds(now.floor()), ratio(now), now.cells());
        Measured past = measure(database, LocalDateTime.now().minusYears(1).withSecond(0).withNano(0));
        say("statistics job, as of a year back: %s (floor %s, ratio %.2f), %,d cells", seconds(past.job()), seconds(past.floor()),
                ratio(past), past.cells());
    }

    private record Measured(Duration job, Duration floor, long cells) {
    }

    /** The job's time (as the run records it) and the floor's, as of now ({@code null}) or an instant. */
    private static Measured measure(DataSource database, LocalDateTime asOf) throws Exception {
        TestData data = new TestData(database);
        long before = data.count("select coalesce(max(id), 0) from statistics_run");
        browser.open("support/statistics.xhtml");
        if (asOf == null) {
            Thread.sleep(1_100); // a new second: a run per as-of instant
        } else {
            browser.type(By.id("runs:asOf_input"), asOf.toString().replace('T', ' ').substring(0, 16));
            // the picker's calendar stays open over the button until it is closed
            browser.driver().findElement(By.id("runs:asOf_input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
            browser.waitFor(By.id("runs:start"));
        }
        browser.click(By.id("runs:start"));
        Instant until = Instant.now().plus(Duration.ofHours(1));
        while (Instant.now().isBefore(until)
                && data.count("select count(*) from statistics_run where id > ? and status <> 'RUNNING'", before) == 0) {
            Thread.sleep(1_000);
        }
        long run = data.count("select id from statistics_run where id > ? order by id limit 1", before);
        say("run %d: %s after %s", run, data.text("select status from statistics_run where id = ?", run),
                seconds(Duration.ofMillis(data.count("select timestampdiff(microsecond, started_at, ended_at) div 1000"
                        + " from statistics_run where id = ?", run))));
        assertThat(data.text("select status from statistics_run where id = ?", run)).isEqualTo("COMPLETED");
        Duration job = Duration.ofMillis(data.count("select timestampdiff(microsecond, started_at, ended_at) div 1000"
                + " from statistics_run where id = ?", run));
        long cells = data.count("select count(*) from statistics_cell c join statistics_snapshot s on s.id = c.snapshot_id"
                + " where s.run_id = ?", run);
        LocalDateTime runAsOf = LocalDateTime.parse(data.text("select date_format(as_of, '%Y-%m-%dT%H:%i:%s') from statistics_run"
                + " where id = ?", run));
        Duration floor = floor(database, run, runAsOf);
        say("floor of run %d: %s", run, seconds(floor));
        return new Measured(job, floor, cells);
    }

    /** Every cell of the run below the nation again, in one statement into a scratch table. */
    private static Duration floor(DataSource database, long run, LocalDateTime asOf) throws Exception {
        try (Connection connection = database.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TEMPORARY TABLE IF EXISTS benchmark_cell");
                statement.execute("CREATE TEMPORARY TABLE benchmark_cell LIKE statistics_cell");
            }
            Timestamp instant = Timestamp.valueOf(asOf);
            Instant started = Instant.now();
            try (PreparedStatement floor = connection.prepareStatement(SnapshotSql.insertAllProvincesAtOnce()
                    .replace("INSERT INTO statistics_cell", "INSERT INTO benchmark_cell"))) {
                floor.setTimestamp(1, instant);
                floor.setLong(2, run);
                floor.setTimestamp(3, instant);
                floor.setTimestamp(4, instant);
                floor.setTimestamp(5, instant);
                floor.setLong(6, run);
                floor.executeUpdate();
            }
            return Duration.between(started, Instant.now());
        }
    }

    /** {@code [########------------]  40 %} */
    private static double ratio(Measured measured) {
        return measured.floor().isZero() ? 0 : (double) measured.job().toMillis() / measured.floor().toMillis();
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static void say(String format, Object... arguments) {
        System.out.printf("[benchmark] " + format + "%n", arguments);
    }
}
