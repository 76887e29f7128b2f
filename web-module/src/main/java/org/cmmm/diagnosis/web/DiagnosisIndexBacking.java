package org.cmmm.diagnosis.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.cmmm.diagnosis.boundary.DiagnosisService;
import org.cmmm.diagnosis.control.DiagnosisStatus;
import org.cmmm.diagnosis.entity.Diagnosis;

/** State of /diagnosis/index.xhtml (企业自诊断): quota, the diagnosis in progress, the history. */
@Named
@RequestScoped
public class DiagnosisIndexBacking {

    @Inject
    DiagnosisService diagnoses;

    private int remaining;
    private int perMonth;
    private Optional<Diagnosis> inProgress;
    private List<Diagnosis> history;

    @PostConstruct
    void load() {
        remaining = diagnoses.remainingThisMonth();
        perMonth = diagnoses.quotaPerMonth();
        inProgress = diagnoses.inProgress();
        history = diagnoses.history();
    }

    public int getRemaining() {
        return remaining;
    }

    public int getPerMonth() {
        return perMonth;
    }

    public boolean isCanStart() {
        return remaining > 0 && inProgress.isEmpty();
    }

    public Diagnosis getInProgress() {
        return inProgress.orElse(null);
    }

    /** Where 继续自诊断 goes: the questionnaire until it is submitted, then the answering page. */
    public String continueOutcome(Diagnosis diagnosis) {
        return diagnosis.getStatus() == DiagnosisStatus.BASIC_DATA ? "/diagnosis/basic-data" : "/diagnosis/answer";
    }

    public List<Diagnosis> getHistory() {
        return history;
    }
}
