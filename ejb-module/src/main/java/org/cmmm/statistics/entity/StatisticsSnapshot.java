package org.cmmm.statistics.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

/** The figures of one run for one model version (written by the job): versions are never added together. */
@Entity
@ReadOnly
@Table(name = "statistics_snapshot")
@NamedQuery(name = StatisticsSnapshot.SHOWN, query = "select s, r.asOf from StatisticsSnapshot s, StatisticsRun r"
        + " where r.id = s.runId and r.status = org.cmmm.statistics.control.RunStatus.COMPLETED"
        + " order by r.asOf desc, s.modelVersion desc")
public class StatisticsSnapshot {

    public static final String SHOWN = "StatisticsSnapshot.shown";

    @Id
    private long id;

    @Column(name = "run_id")
    private long runId;

    @Column(name = "model_version")
    private String modelVersion;

    protected StatisticsSnapshot() {
        // for JPA
    }

    public long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public String getModelVersion() {
        return modelVersion;
    }
}
