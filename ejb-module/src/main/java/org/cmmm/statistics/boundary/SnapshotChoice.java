package org.cmmm.statistics.boundary;

import java.time.LocalDateTime;

/** A snapshot the dashboard offers: as of when, for which model version. */
public record SnapshotChoice(long snapshotId, LocalDateTime asOf, String modelVersion) {
}
