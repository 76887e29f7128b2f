package org.cmmm.statistics.batch;

import jakarta.batch.runtime.context.JobContext;
import org.cmmm.statistics.boundary.SnapshotWriter;
import org.cmmm.statistics.entity.StatisticsRun;

/** The run a step works on: the one the begin step of its job instance opened. */
final class SnapshotRuns {

    private SnapshotRuns() {
    }

    static long runOf(SnapshotWriter writer, JobContext job) {
        return writer.runOf(job.getInstanceId()).map(StatisticsRun::getId).orElseThrow(() -> new IllegalStateException(
                "job instance " + job.getInstanceId() + " has no statistics run: the begin step did not run"));
    }
}
