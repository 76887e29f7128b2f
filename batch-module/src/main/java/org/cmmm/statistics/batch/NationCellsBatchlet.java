package org.cmmm.statistics.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cmmm.statistics.boundary.SnapshotWriter;

/** Adds the provinces up to the nation and completes the run. */
@Named
@Dependent
public class NationCellsBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @EJB
    SnapshotWriter writer;

    @Override
    public String process() {
        writer.finishAcrossRegions(SnapshotRuns.runOf(writer, job));
        return "COMPLETED";
    }
}
