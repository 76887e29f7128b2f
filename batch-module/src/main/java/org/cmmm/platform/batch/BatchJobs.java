package org.cmmm.platform.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import java.util.Properties;
import org.cmmm.platform.boundary.Allowed;

/**
 * Starts the jobs of this module by name and tells how an execution went: for operators' tasks and tests, never a
 * page (the statistics job has its own boundary, StatisticsJob). Jobs must be started from here (or from another
 * component of this module) so that the batch runtime finds their XML in this module.
 */
@Stateless
@Allowed(system = true)
public class BatchJobs {

    /** Starts {@code META-INF/batch-jobs/<jobName>.xml} and returns its execution id. */
    public long start(String jobName, Properties parameters) {
        return operator().start(jobName, parameters);
    }

    /** Restarts a failed or stopped execution with the same parameters; returns the new execution's id. */
    public long restart(long executionId) {
        return operator().restart(executionId, operator().getParameters(executionId));
    }

    public void stop(long executionId) {
        operator().stop(executionId);
    }

    public BatchStatus status(long executionId) {
        return operator().getJobExecution(executionId).getBatchStatus();
    }

    public String exitStatus(long executionId) {
        return operator().getJobExecution(executionId).getExitStatus();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
