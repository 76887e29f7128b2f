package org.cmmm.statistics.control;

/** Where a statistics run stands: only a COMPLETED run's snapshots are ever shown. */
public enum RunStatus {
    RUNNING,
    COMPLETED,
    FAILED
}
