package org.cmmm.diagnosis.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.cmmm.diagnosis.boundary.DiagnosisService;
import org.cmmm.model.boundary.ModelCatalog;
import org.cmmm.model.control.Domain;
import org.cmmm.model.control.LocalizedText;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.web.Language;
import org.cmmm.platform.web.Texts;

/**
 * State of /diagnosis/start.xhtml (新建自诊断): the instructions and the tailoring (manual §1.2, §2.2): tick the
 * sub-domains of design, logistics, sales and service the enterprise does not involve; confirmed once, for good.
 */
@Named
@ViewScoped
public class DiagnosisStartBacking implements Serializable {

    @Inject
    transient DiagnosisService diagnoses;

    @Inject
    transient ModelCatalog catalog;

    @Inject
    transient Language language;

    private List<String> tailored = new ArrayList<>();
    private String refusal;

    /** Nothing can be started (the month's quota used up): the page says why and when, instead of the form. */
    @PostConstruct
    void init() {
        tailored = new ArrayList<>();
        if (diagnoses.remainingThisMonth() == 0) {
            refusal = Texts.text("diagnosis.start.quotaUsedUp", diagnoses.quotaPerMonth(),
                    DateTimeFormatter.ISO_LOCAL_DATE.format(diagnoses.quotaReturnsOn()));
        }
    }

    /** Why no diagnosis can be started now, or null. */
    public String getRefusal() {
        return refusal;
    }

    public void start() throws IOException {
        long id;
        try {
            id = diagnoses.start(tailored);
        } catch (BusinessException e) {
            Texts.errors(e);
            return;
        }
        Texts.redirectWithInfo("/diagnosis/basic-data.xhtml?id=" + id, "diagnosis.start.done");
    }

    public int getQuotaPerMonth() {
        return diagnoses.quotaPerMonth();
    }

    public MaturityModel getModel() {
        return catalog.current();
    }

    /** A sub-domain that may be tailored, labelled with its domain ("设计 · 产品设计"). */
    public record Choice(String code, String label) implements Serializable {
    }

    public List<Choice> getTailorableChoices() {
        List<Choice> choices = new ArrayList<>();
        for (Domain domain : getModel().domains()) {
            if (domain.tailorable()) {
                domain.subDomains().forEach(sub -> choices.add(new Choice(sub.code(),
                        text(domain.name()) + " · " + text(sub.name()))));
            }
        }
        return choices;
    }

    public String text(LocalizedText text) {
        return text.in(language.getLocale());
    }

    public List<String> getTailored() {
        return tailored;
    }

    public void setTailored(List<String> tailored) {
        this.tailored = tailored == null ? new ArrayList<>() : new ArrayList<>(tailored);
    }
}
