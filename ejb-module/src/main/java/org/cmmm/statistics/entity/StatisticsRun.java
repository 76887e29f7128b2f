package org.cmmm.statistics.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.cmmm.statistics.control.RunStatus;

/**
 * One run of the statistics job for one as-of instant: its snapshots (one per model version) are shown once it is
 * COMPLETED. A restarted job execution continues its run. Statistics are aggregates across regions by design: a
 * run belongs to no tenant, the cells it wrote do (read through the statistics boundary).
 */
@Entity
@Table(name = "statistics_run")
@NamedQuery(name = StatisticsRun.BY_INSTANCE, query = "select r from StatisticsRun r where r.jobInstanceId = :instance")
@NamedQuery(name = StatisticsRun.LATEST_FIRST, query = "select r from StatisticsRun r order by r.startedAt desc, r.id desc")
@NamedQuery(name = StatisticsRun.COMPLETED_LATEST_FIRST, query = "select r from StatisticsRun r"
        + " where r.status = org.cmmm.statistics.control.RunStatus.COMPLETED order by r.asOf desc, r.id desc")
@NamedQuery(name = StatisticsRun.RUNNING, query = "select r from StatisticsRun r"
        + " where r.status = org.cmmm.statistics.control.RunStatus.RUNNING")
public class StatisticsRun {

    public static final String BY_INSTANCE = "StatisticsRun.byInstance";
    public static final String LATEST_FIRST = "StatisticsRun.latestFirst";
    public static final String COMPLETED_LATEST_FIRST = "StatisticsRun.completedLatestFirst";
    public static final String RUNNING = "StatisticsRun.running";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "as_of", nullable = false, updatable = false)
    private LocalDateTime asOf;

    @Column(name = "job_instance_id", nullable = false, updatable = false)
    private long jobInstanceId;

    @Column(name = "job_execution_id", nullable = false)
    private long jobExecutionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RunStatus status;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(name = "partitions_total", nullable = false)
    private int partitionsTotal;

    @Column(length = 1000)
    private String error;

    protected StatisticsRun() {
        // for JPA
    }

    public StatisticsRun(LocalDateTime asOf, long jobInstanceId, long jobExecutionId, LocalDateTime startedAt) {
        this.asOf = asOf;
        this.jobInstanceId = jobInstanceId;
        this.jobExecutionId = jobExecutionId;
        this.status = RunStatus.RUNNING;
        this.startedAt = startedAt;
    }

    /** A job execution takes the run (again, after a restart). */
    public void resume(long executionId, LocalDateTime now) {
        this.jobExecutionId = executionId;
        this.status = RunStatus.RUNNING;
        this.startedAt = now;
        this.endedAt = null;
        this.error = null;
    }

    public void plan(int partitions) {
        this.partitionsTotal = partitions;
    }

    public void complete(LocalDateTime now) {
        this.status = RunStatus.COMPLETED;
        this.endedAt = now;
    }

    public void fail(String reason, LocalDateTime now) {
        this.status = RunStatus.FAILED;
        this.endedAt = now;
        this.error = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getAsOf() {
        return asOf;
    }

    public long getJobInstanceId() {
        return jobInstanceId;
    }

    public long getJobExecutionId() {
        return jobExecutionId;
    }

    public RunStatus getStatus() {
        return status;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public int getPartitionsTotal() {
        return partitionsTotal;
    }

    public String getError() {
        return error;
    }
}
