package org.cmmm.statistics.boundary;

import java.time.LocalDateTime;
import org.cmmm.statistics.control.RunStatus;

/** A statistics run as the job history shows it: when, how far (provinces written of all), how it ended. */
public record RunSummary(long id, LocalDateTime asOf, RunStatus status, LocalDateTime startedAt, LocalDateTime endedAt,
                         int partitionsDone, int partitionsTotal, long cells, String error, long jobExecutionId) {

    /** Percent of the provinces written, for the progress bar. */
    public int percentDone() {
        return partitionsTotal == 0 ? 0 : (int) (100L * partitionsDone / partitionsTotal);
    }
}
