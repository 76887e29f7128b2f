package org.cmmm.statistics.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalTime;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cmmm.platform.boundary.Allowed;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.statistics.boundary.StatisticsJob;
import org.cmmm.statistics.boundary.StatisticsRuns;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up, tidies what a server stopped mid-run left behind; then writes a snapshot every night at the time
 * {@code CMMM_STATISTICS_AT} says (default 02:00) in the zone {@code CMMM_STATISTICS_ZONE} (default
 * Asia/Shanghai), unless {@code CMMM_STATISTICS_NIGHTLY=false}.
 *
 * <p>After a crash the batch runtime's repository still says the execution is STARTED, and then neither stops,
 * abandons nor restarts it properly (a partitioned step's restart even fails): so executions the repository
 * believes running, when this server has only just started and runs none, are set FAILED here, and their runs too;
 * support then restarts them and the run continues where it was. One server runs the platform: another server's
 * running jobs cannot be mistaken for these.
 */
@Singleton
@Startup
@DependsOn("ejb-module.jar#SchemaMigration") // the runs' table must exist
@Allowed(system = true)
public class StatisticsSchedule {

    private static final Logger LOG = Logger.getLogger(StatisticsSchedule.class.getName());

    @Resource
    TimerService timers;

    @Resource(lookup = "java:app/jdbc/cmmm")
    DataSource database;

    @EJB
    StatisticsRuns runs;

    @EJB
    StatisticsJob job;

    @Inject
    @ConfigProperty(name = "cmmm.statistics.nightly", defaultValue = "true")
    boolean nightly;

    @Inject
    @ConfigProperty(name = "cmmm.statistics.at", defaultValue = "02:00")
    String at;

    @Inject
    @ConfigProperty(name = "cmmm.statistics.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @PostConstruct
    void start() {
        int executions = failCrashedExecutions();
        int interrupted = runs.failInterrupted();
        if (executions + interrupted > 0) {
            LOG.warning(() -> "Statistics: " + interrupted + " run(s) and " + executions + " job execution(s) were left"
                    + " unfinished by a server stop; they are marked failed and can be restarted by support");
        }
        if (nightly) {
            LocalTime time = LocalTime.parse(at.strip());
            timers.createCalendarTimer(new ScheduleExpression().hour(time.getHour()).minute(time.getMinute()).second(0)
                    .timezone(zone.strip()), new TimerConfig("statistics-snapshot nightly", false));
            LOG.info(() -> "Statistics: a snapshot every night at " + time + " " + zone.strip());
        }
    }

    @Timeout
    void nightly() {
        try {
            job.start();
        } catch (BusinessException running) {
            LOG.info("Statistics: the nightly snapshot is skipped, one is being written");
        }
    }

    /** Executions (and their steps) the repository holds as running, set FAILED; none when it has no tables yet. */
    private int failCrashedExecutions() {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            var tables = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                    + " AND table_name IN ('EXECUTIONINSTANCEDATA', 'STEPEXECUTIONINSTANCEDATA')");
            tables.next();
            if (tables.getInt(1) < 2) {
                return 0;
            }
            int executions = statement.executeUpdate("UPDATE EXECUTIONINSTANCEDATA SET batchstatus = 'FAILED',"
                    + " exitstatus = 'SERVER_STOPPED', endtime = NOW(), updatetime = NOW()"
                    + " WHERE batchstatus IN ('STARTING', 'STARTED', 'STOPPING')");
            statement.executeUpdate("UPDATE STEPEXECUTIONINSTANCEDATA SET batchstatus = 'FAILED', exitstatus = 'SERVER_STOPPED',"
                    + " endtime = NOW() WHERE batchstatus IN ('STARTING', 'STARTED', 'STOPPING')");
            return executions;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the batch job repository", e);
        }
    }
}
