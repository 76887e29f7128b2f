package org.cmmm.statistics.boundary;

import static org.cmmm.platform.control.Role.ADMIN;
import static org.cmmm.platform.control.Role.SUPPORT;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDateTime;
import java.util.Properties;
import java.util.Set;
import org.cmmm.platform.boundary.Allowed;
import org.cmmm.platform.control.BusinessException;

/**
 * Starts, stops and restarts the statistics job on request of support (and of the nightly schedule, as the
 * system). One execution at a time: a second start while one runs is refused, and two starts racing each other
 * cannot both write a run for one instant (the run's as-of is unique). It lives in batch-module, beside the job's
 * XML: the batch runtime finds a job, and lets it be restarted, only from the module that started it.
 */
@Stateless
@Allowed(value = {SUPPORT, ADMIN}, system = true)
// The job operator keeps its repository on a pool of its own (config/bin/batch-repository): inside a transaction that
// already holds the platform's connection, it could not take a second, non-XA one.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatisticsJob {

    public static final String NAME = "statistics-snapshot";

    public static final String FAULT_RUNNING = "statistics.run.running";
    public static final String FAULT_NOT_RESTARTABLE = "statistics.run.notRestartable";
    public static final String FAULT_FUTURE = "statistics.run.future";

    private static final Set<BatchStatus> RESTARTABLE = Set.of(BatchStatus.FAILED, BatchStatus.STOPPED);

    @EJB
    StatisticsRuns runs;

    /** A snapshot as of now; returns the job execution's id. */
    public long start() {
        return start(null);
    }

    /**
     * A snapshot as of an instant (the figures of a past day again, reproducibly), or now for {@code null}; returns
     * the job execution's id. An instant to come is refused: its figures could still change.
     */
    public long start(LocalDateTime asOf) {
        if (asOf != null && asOf.isAfter(LocalDateTime.now())) {
            throw BusinessException.atField("asOf", FAULT_FUTURE);
        }
        if (isRunning()) {
            throw new BusinessException(FAULT_RUNNING);
        }
        Properties parameters = new Properties();
        if (asOf != null) {
            parameters.setProperty("asOf", asOf.withNano(0).toString());
        }
        return operator().start(NAME, parameters);
    }

    /** Stops a running execution after the provinces being written (their transactions are not cut off). */
    public void stop(long executionId) {
        operator().stop(executionId);
    }

    /** Continues a run that failed or was stopped, as of its instant; returns the new execution's id. */
    public long restart(long runId) {
        long execution = runs.get(runId).jobExecutionId();
        if (isRunning() || !RESTARTABLE.contains(operator().getJobExecution(execution).getBatchStatus())) {
            throw new BusinessException(FAULT_NOT_RESTARTABLE);
        }
        return operator().restart(execution, operator().getParameters(execution));
    }

    public boolean isRunning() {
        try {
            return !operator().getRunningExecutions(NAME).isEmpty();
        } catch (NoSuchJobException neverRun) {
            return false;
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
