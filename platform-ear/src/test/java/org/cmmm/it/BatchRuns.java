package org.cmmm.it;

import jakarta.batch.runtime.BatchStatus;
import java.time.Duration;
import java.time.Instant;
import org.cmmm.platform.batch.BatchJobs;

/** Waits in a test for a batch execution to end, as the batch runtime sees it (in-container tests). */
public final class BatchRuns {

    private BatchRuns() {
    }

    /** The execution's status once it is neither starting nor started, or as it is when {@code limit} has passed. */
    public static BatchStatus awaitEnd(BatchJobs jobs, long execution, Duration limit) throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        BatchStatus status = Subjects.system(() -> jobs.status(execution));
        while ((status == BatchStatus.STARTING || status == BatchStatus.STARTED) && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            status = Subjects.system(() -> jobs.status(execution));
        }
        return status;
    }
}
