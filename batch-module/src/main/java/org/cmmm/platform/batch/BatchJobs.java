package org.cmmm.platform.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import java.util.Properties;

/**
 * Starts the jobs of this module and tells how an execution went. Jobs must be started from here (or from
 * another component of this module) so that the batch runtime finds their XML in this module.
 */
@Stateless
public class BatchJobs {

    /** Starts {@code META-INF/batch-jobs/<jobName>.xml} and returns its execution id. */
    public long start(String jobName, Properties parameters) {
        return operator().start(jobName, parameters);
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
