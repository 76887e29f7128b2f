package org.cmmm.statistics.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.cmmm.platform.boundary.AcrossRegions;
import org.cmmm.platform.boundary.Allowed;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.region.entity.Region;
import org.cmmm.statistics.control.RunStatus;
import org.cmmm.statistics.control.SnapshotSql;
import org.cmmm.statistics.entity.StatisticsRun;

/**
 * What the steps of the job {@code statistics-snapshot} do, each in a transaction of its own: open (or, after a
 * restart, resume) the run of an as-of instant with a snapshot per model version, write one province's cells,
 * add the provinces up to the nation and complete the run. Only the batch runtime calls it (no signed-in user).
 * It reads every region by design, and says so in the names.
 */
@Stateless
@Allowed(system = true)
public class SnapshotWriter {

    public static final String FAULT_DUPLICATE = "statistics.run.duplicate";

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    Clock clock = Clock.systemDefaultZone();

    /**
     * The run of a job instance: the one it opened before (a restart continues it, with the same as-of instant), or a
     * new one as of the instant asked for, or now. A second run for one instant is refused.
     */
    @AcrossRegions
    public long beginAcrossRegions(long jobInstanceId, long jobExecutionId, LocalDateTime requestedAsOf) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<StatisticsRun> earlier = runOf(jobInstanceId);
        if (earlier.isPresent()) {
            earlier.get().resume(jobExecutionId, now);
            return earlier.get().getId();
        }
        LocalDateTime asOf = requestedAsOf != null ? requestedAsOf : now.truncatedTo(ChronoUnit.SECONDS);
        StatisticsRun run = new StatisticsRun(asOf, jobInstanceId, jobExecutionId, now);
        try {
            em.persist(run);
            em.flush();
        } catch (PersistenceException sameInstant) {
            throw new BusinessException(FAULT_DUPLICATE, asOf.toString());
        }
        // a snapshot for every published model version: their figures are never added together
        em.createNativeQuery("INSERT INTO statistics_snapshot (run_id, model_version)"
                + " SELECT ?1, version FROM model_version").setParameter(1, run.getId()).executeUpdate();
        return run.getId();
    }

    /** The provinces, one partition each; the run remembers how many there are (the progress shown). */
    @AcrossRegions
    public List<String> provincesAcrossRegions(long runId) {
        List<String> provinces = em.createNamedQuery(Region.PROVINCES, Region.class).getResultStream()
                .map(Region::getCode).toList();
        run(runId).plan(provinces.size());
        return provinces;
    }

    /**
     * Writes a province's cells in one transaction, once: a province written before a restart is not written
     * again. Returns the number of cells.
     */
    @AcrossRegions
    public int writeProvinceAcrossRegions(long runId, String province) {
        // First in the transaction, so it applies to it: a statement that reads a province's enterprises and
        // diagnoses would otherwise lock every row it reads (INSERT … SELECT under REPEATABLE READ) and hold up the
        // completions and changes the platform makes meanwhile; READ COMMITTED reads a consistent view per statement.
        em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL READ COMMITTED").executeUpdate();
        List<?> done = em.createNativeQuery("SELECT cells FROM statistics_run_partition WHERE run_id = ?1 AND province_code = ?2")
                .setParameter(1, runId).setParameter(2, province).getResultList();
        if (!done.isEmpty()) {
            return ((Number) done.get(0)).intValue();
        }
        // no cells of the province to remove first: they are written with its partition row or not at all
        StatisticsRun run = run(runId);
        LocalDateTime asOf = run.getAsOf();
        int cells = update(SnapshotSql.insertProvince(), province, asOf, runId, province, asOf, asOf, province, asOf, runId);
        em.createNativeQuery("INSERT INTO statistics_run_partition (run_id, province_code, cells, done_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, runId).setParameter(2, province).setParameter(3, cells)
                .setParameter(4, LocalDateTime.now(clock)).executeUpdate();
        return cells;
    }

    /** Adds the provinces up to the nation and completes the run: from now on its snapshots are shown. */
    @AcrossRegions
    public void finishAcrossRegions(long runId) {
        StatisticsRun run = run(runId);
        update(SnapshotSql.deleteNation(), runId);
        update(SnapshotSql.insertNation(), runId);
        run.complete(LocalDateTime.now(clock));
    }

    /** The run failed (a step threw, or the job was stopped): it is not shown, and a restart continues it. */
    public void fail(long jobInstanceId, String reason) {
        runOf(jobInstanceId).filter(run -> run.getStatus() != RunStatus.COMPLETED)
                .ifPresent(run -> run.fail(reason, LocalDateTime.now(clock)));
    }

    public Optional<StatisticsRun> runOf(long jobInstanceId) {
        return em.createNamedQuery(StatisticsRun.BY_INSTANCE, StatisticsRun.class).setParameter("instance", jobInstanceId)
                .getResultStream().findFirst();
    }

    /** Runs a statement whose parameters are JDBC's {@code ?}, in order. */
    private int update(String sql, Object... parameters) {
        StringBuilder numbered = new StringBuilder();
        int next = 1;
        for (char c : sql.toCharArray()) {
            numbered.append(c);
            if (c == '?') {
                numbered.append(next++);
            }
        }
        var query = em.createNativeQuery(numbered.toString());
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    private StatisticsRun run(long runId) {
        StatisticsRun run = em.find(StatisticsRun.class, runId);
        if (run == null) {
            throw new IllegalArgumentException("no statistics run " + runId);
        }
        return run;
    }
}
