package org.cmmm.statistics.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cmmm.statistics.boundary.SnapshotWriter;

/** Writes one province's cells (a partition), in one transaction of the boundary. */
@Named
@Dependent
public class ProvinceCellsBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String province;

    @EJB
    SnapshotWriter writer;

    @Override
    public String process() {
        return "CELLS " + writer.writeProvinceAcrossRegions(SnapshotRuns.runOf(writer, job), province);
    }
}
