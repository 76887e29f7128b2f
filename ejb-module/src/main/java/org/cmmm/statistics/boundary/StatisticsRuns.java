package org.cmmm.statistics.boundary;

import static org.cmmm.platform.control.Role.ADMIN;
import static org.cmmm.platform.control.Role.SUPPORT;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.cmmm.platform.boundary.Allowed;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.statistics.entity.StatisticsRun;

/**
 * The runs of the statistics job as support operates them: the history, one run's progress, and at start-up the
 * runs a stopped server left unfinished. Runs hold no tenant data (their cells do, read through the dashboard).
 */
@Stateless
@Allowed(value = {SUPPORT, ADMIN}, system = true)
public class StatisticsRuns {

    public static final String FAULT_NOT_FOUND = "statistics.run.notFound";

    /** How the error of a run a server stop interrupted begins. */
    public static final String INTERRUPTED = "interrupted";

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    Clock clock = Clock.systemDefaultZone();

    /** The latest runs, newest first, with their progress. */
    public List<RunSummary> latest(int max) {
        return em.createNamedQuery(StatisticsRun.LATEST_FIRST, StatisticsRun.class).setMaxResults(max).getResultStream()
                .map(this::summaryOf).toList();
    }

    public RunSummary get(long runId) {
        StatisticsRun run = em.find(StatisticsRun.class, runId);
        if (run == null) {
            throw new BusinessException(FAULT_NOT_FOUND);
        }
        return summaryOf(run);
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

    private RunSummary summaryOf(StatisticsRun run) {
        Object[] written = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(cells), 0) FROM statistics_run_partition"
                + " WHERE run_id = ?1").setParameter(1, run.getId()).getSingleResult();
        long nation = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM statistics_cell c JOIN statistics_snapshot s"
                + " ON s.id = c.snapshot_id WHERE s.run_id = ?1 AND c.depth = 0").setParameter(1, run.getId())
                .getSingleResult()).longValue();
        return new RunSummary(run.getId(), run.getAsOf(), run.getStatus(), run.getStartedAt(), run.getEndedAt(),
                ((Number) written[0]).intValue(), run.getPartitionsTotal(), ((Number) written[1]).longValue() + nation,
                run.getError(), run.getJobExecutionId());
    }
}
