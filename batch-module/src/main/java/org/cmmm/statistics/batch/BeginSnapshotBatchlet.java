package org.cmmm.statistics.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import org.cmmm.statistics.boundary.SnapshotWriter;

/** Opens the run of this job instance (or resumes it after a restart), as of the instant asked for or now. */
@Named
@Dependent
public class BeginSnapshotBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String asOf;

    @EJB
    SnapshotWriter writer;

    @Override
    public String process() {
        LocalDateTime requested = asOf == null || asOf.isBlank() ? null : LocalDateTime.parse(asOf.strip());
        return "RUN " + writer.beginAcrossRegions(job.getInstanceId(), job.getExecutionId(), requested);
    }
}
