package org.cmmm.statistics.boundary;

import static org.cmmm.platform.control.Role.ADMIN;
import static org.cmmm.platform.control.Role.SUPPORT;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cmmm.platform.boundary.Allowed;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.statistics.entity.StatisticsRun;

/**
 * The runs of the statistics job as support operates them: the history, one run's progress, and at start-up the
 * runs a stopped server left unfinished. Runs hold no tenant data (their cells do, read through the dashboard).
 */
@Stateless
public class StatisticsRuns {

    public static final String FAULT_NOT_FOUND = "statistics.run.notFound";

    /** How the error of a run a server stop interrupted begins. */
    public static final String INTERRUPTED = "interrupted";

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    Clock clock = Clock.systemDefaultZone();

    /** The latest runs, newest first, with their progress. */
    @Allowed(value = {SUPPORT, ADMIN}, system = true)
    public List<RunSummary> latest(int max) {
        List<StatisticsRun> runs = em.createNamedQuery(StatisticsRun.LATEST_FIRST, StatisticsRun.class).setMaxResults(max)
                .getResultList();
        if (runs.isEmpty()) {
            return List.of();
        }
        // the page polls this every two seconds while a run is written: one query for the progress of all of them
        Map<Long, long[]> progress = progress(runs.stream().mapToLong(StatisticsRun::getId).min().orElseThrow(),
                runs.stream().mapToLong(StatisticsRun::getId).max().orElseThrow());
        return runs.stream().map(run -> summaryOf(run, progress.get(run.getId()))).toList();
    }

    @Allowed(value = {SUPPORT, ADMIN}, system = true)
    public RunSummary get(long runId) {
        StatisticsRun run = em.find(StatisticsRun.class, runId);
        if (run == null) {
            throw new BusinessException(FAULT_NOT_FOUND);
        }
        return summaryOf(run, progress(runId, runId).get(runId));
    }

    /**
     * Runs left RUNNING by a server that stopped under them (a crash, a kill): failed, so they are never shown, and
     * a restart continues them. Called at start-up, before any job runs.
     */
    @Allowed(system = true)
    public int failInterrupted() {
        List<StatisticsRun> running = em.createNamedQuery(StatisticsRun.RUNNING, StatisticsRun.class).getResultList();
        running.forEach(run -> run.fail(INTERRUPTED + ": the server stopped while the run was being written",
                LocalDateTime.now(clock)));
        return running.size();
    }

    /** Per run with an id in the range: partitions written, cells they wrote, and the nation's cells. */
    private Map<Long, long[]> progress(long firstId, long lastId) {
        Map<Long, long[]> progress = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT r.id,"
                        + " (SELECT COUNT(*) FROM statistics_run_partition p WHERE p.run_id = r.id),"
                        + " (SELECT COALESCE(SUM(p.cells), 0) FROM statistics_run_partition p WHERE p.run_id = r.id),"
                        + " (SELECT COUNT(*) FROM statistics_cell c JOIN statistics_snapshot s ON s.id = c.snapshot_id"
                        + "  WHERE s.run_id = r.id AND c.depth = 0)"
                        + " FROM statistics_run r WHERE r.id BETWEEN ?1 AND ?2")
                .setParameter(1, firstId).setParameter(2, lastId).getResultList()) {
            Object[] columns = (Object[]) row;
            progress.put(((Number) columns[0]).longValue(), new long[] {((Number) columns[1]).longValue(),
                    ((Number) columns[2]).longValue(), ((Number) columns[3]).longValue()});
        }
        return progress;
    }

    private static RunSummary summaryOf(StatisticsRun run, long[] progress) {
        long[] written = progress == null ? new long[3] : progress;
        return new RunSummary(run.getId(), run.getAsOf(), run.getStatus(), run.getStartedAt(), run.getEndedAt(),
                (int) written[0], run.getPartitionsTotal(), written[1] + written[2], run.getError(), run.getJobExecutionId());
    }
}
