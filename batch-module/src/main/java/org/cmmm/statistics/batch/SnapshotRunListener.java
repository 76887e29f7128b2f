package org.cmmm.statistics.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cmmm.statistics.boundary.SnapshotWriter;

/**
 * When an execution ends without the nation step having completed the run (a step failed, or the job was stopped),
 * the run is marked failed, so it is never shown; a restart of the job continues it.
 */
@Named
@Dependent
public class SnapshotRunListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @EJB
    SnapshotWriter writer;

    @Override
    public void afterJob() {
        writer.fail(job.getInstanceId(), "execution " + job.getExecutionId() + " ended " + job.getBatchStatus()
                + (job.getExitStatus() == null ? "" : " (" + job.getExitStatus() + ")"));
    }
}
