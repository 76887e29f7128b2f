package org.cmmm.statistics.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.web.Texts;
import org.cmmm.statistics.boundary.StatisticsJob;
import org.cmmm.statistics.boundary.RunSummary;
import org.cmmm.statistics.boundary.StatisticsRuns;
import org.cmmm.statistics.control.RunStatus;

/**
 * State of /support/statistics.xhtml: start a snapshot now, watch its progress (provinces written of all, polled
 * while it runs), stop it, continue one that failed or was stopped, and the history of the runs.
 */
@Named
@ViewScoped
public class StatisticsRunsBacking implements Serializable {

    static final int HISTORY = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    transient StatisticsRuns runs;

    @Inject
    transient StatisticsJob job;

    private List<RunSummary> history = List.of();
    /** The as-of instant asked for; empty: now. */
    private LocalDateTime asOf;
    private boolean jobRunning;

    public void refresh() {
        history = runs.latest(HISTORY);
        // an execution just started may not have opened its run yet: the page polls while the job runs at all
        jobRunning = job.isRunning();
    }

    public void start() {
        act(() -> job.start(asOf), "statistics.runs.started");
    }

    public void stop(RunSummary run) {
        act(() -> {
            job.stop(run.jobExecutionId());
            return 0L;
        }, "statistics.runs.stopping");
    }

    public void restart(RunSummary run) {
        act(() -> job.restart(run.id()), "statistics.runs.restarted");
    }

    private void act(java.util.function.LongSupplier action, String doneKey) {
        try {
            action.getAsLong();
            Texts.info(doneKey);
        } catch (BusinessException e) {
            Texts.errors(e, field -> field == null ? null : "runs:" + field);
            FacesContext.getCurrentInstance().validationFailed();
        }
        refresh();
    }

    public LocalDateTime getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDateTime asOf) {
        this.asOf = asOf;
    }

    public List<RunSummary> getHistory() {
        return history;
    }

    /** The run being written, if one is: the progress bar follows it. */
    public RunSummary getCurrent() {
        return history.stream().filter(run -> run.status() == RunStatus.RUNNING).findFirst().orElse(null);
    }

    public boolean isRunning() {
        return jobRunning || getCurrent() != null;
    }

    public boolean mayStop(RunSummary run) {
        return run.status() == RunStatus.RUNNING;
    }

    /** Only the newest run that did not complete can be continued (the batch runtime restarts the latest execution). */
    public boolean mayRestart(RunSummary run) {
        return run.status() == RunStatus.FAILED && !isRunning();
    }

    public String time(LocalDateTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** Why a run did not complete, in the page's language where the platform knows the reason. */
    public String errorText(RunSummary run) {
        String error = run.error();
        if (error == null || run.status() != RunStatus.FAILED) {
            return "";
        }
        if (error.startsWith(StatisticsRuns.INTERRUPTED)) {
            return Texts.text("statistics.runs.error.interrupted");
        }
        if (error.contains("STOPP")) {
            return Texts.text("statistics.runs.error.stopped");
        }
        return error;
    }

    public String statusLabel(RunSummary run) {
        return Texts.text("statistics.runs.status." + run.status().name());
    }
}
