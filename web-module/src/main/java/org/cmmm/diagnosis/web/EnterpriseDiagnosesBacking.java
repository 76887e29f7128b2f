package org.cmmm.diagnosis.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cmmm.diagnosis.boundary.DiagnosisService;
import org.cmmm.diagnosis.entity.Diagnosis;

/**
 * The diagnoses of an enterprise for the enterprise's page (/enterprise/view.xhtml), which staff open: newest
 * first, each completed one linking to its result and report. Here, not in the enterprise's page bean, because
 * diagnoses build on enterprises and not the other way round.
 */
@Named
@RequestScoped
public class EnterpriseDiagnosesBacking {

    @Inject
    DiagnosisService diagnoses;

    public List<Diagnosis> of(long enterpriseId) {
        return diagnoses.ofEnterprise(enterpriseId);
    }
}
