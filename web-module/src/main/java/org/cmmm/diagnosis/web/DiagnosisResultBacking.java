package org.cmmm.diagnosis.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.cmmm.diagnosis.boundary.DiagnosisResultService;
import org.cmmm.diagnosis.boundary.DiagnosisService;
import org.cmmm.diagnosis.control.DiagnosisReport;
import org.cmmm.enterprise.boundary.EnterpriseService;
import org.cmmm.enterprise.entity.Enterprise;
import org.cmmm.model.control.GapQuestion;
import org.cmmm.model.control.Level;
import org.cmmm.model.control.LocalizedText;
import org.cmmm.model.control.Ratio;
import org.cmmm.model.control.SubDomainScore;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.web.Language;
import org.cmmm.platform.web.NotFound;
import org.cmmm.platform.web.Texts;

/**
 * State of /diagnosis/result.xhtml?id=…: the result of a completed diagnosis, read-only, for the enterprise and
 * for the regional admins and support whose tenancy holds it. A diagnosis outside the user's tenancy (or an id
 * that does not exist) answers 404, the same for both, like /enterprise/view.xhtml; one still in progress shows
 * that its result is not there yet.
 */
@Named
@RequestScoped
public class DiagnosisResultBacking {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    DiagnosisResultService results;

    @Inject
    Language language;

    @Inject
    EnterpriseService enterprises;

    @Inject
    DiagnosisService diagnoses;

    private Long id;
    private DiagnosisReport report;
    private Enterprise enterprise;
    private boolean notYet;

    public void load() throws IOException {
        if (id == null) {
            NotFound.send();
            return;
        }
        try {
            report = results.report(id);
            enterprise = enterprises.find(report.diagnosis().getEnterpriseId()).orElse(null);
        } catch (BusinessException refused) {
            if (refused.has(DiagnosisResultService.FAULT_NOT_YET)) {
                notYet = true;
                enterprise = enterprises.find(diagnoses.get(id).getEnterpriseId()).orElse(null);
            } else {
                NotFound.send(); // not there, outside the tenancy or not for this role: all look alike
            }
        }
    }

    /** Whose result this is: staff open results of many enterprises, the page names it. */
    public Enterprise getEnterprise() {
        return enterprise;
    }

    public DiagnosisReport getReport() {
        return report;
    }

    public boolean isNotYet() {
        return notYet;
    }

    /** "3.55 分 / 三级 集成级", "3.55 / Level 3 Integrated", "0.55 分 / 未达到一级". */
    public String getHeadline() {
        Locale locale = language.getLocale();
        return report.level()
                .map(level -> Texts.text(locale, "diagnosis.result.headline", report.totalDisplay(),
                        levelLabel(level.number()), level.name().in(locale)))
                .orElseGet(() -> Texts.text(locale, "diagnosis.result.headline.none", report.totalDisplay()));
    }

    /** "三级" / "Level 3". */
    public String levelLabel(int number) {
        return Texts.text(language.getLocale(), "diagnosis.result.level." + number);
    }

    public String levelName(int number) {
        return report.model().level(number).map(Level::name).map(this::text).orElse("");
    }

    public String text(LocalizedText text) {
        return text.in(language.getLocale());
    }

    public String subDomainName(String code) {
        return text(report.subDomain(code).name());
    }

    public String questionText(String questionId) {
        return text(report.question(questionId).text());
    }

    /** The option a gap question was answered with, in the user's language. */
    public String answerLabel(String questionId) {
        if (report.isNotInvolved(questionId)) {
            return text(report.model().notInvolved());
        }
        return report.answerOf(questionId).map(option -> text(option.label()))
                .orElseGet(() -> Texts.text(language.getLocale(), "diagnosis.result.answer.none"));
    }

    /** A gain to three decimals, as one question moves a level score by hundredths or less: "+0.017". */
    public String gain(GapQuestion question) {
        return "+" + question.gain().toBigDecimal(3).toPlainString();
    }

    public String getThreshold() {
        return report.model().threshold().toDisplay();
    }

    public String when(LocalDateTime time) {
        return time == null ? "" : WHEN.format(time);
    }

    /** The sub-domains of the highest level answered, the radar chart's axes and its table. */
    public List<SubDomainScore> getRadarScores() {
        return report.lastLevel().subDomains();
    }

    /** The chart's accessible name; the table beside it carries the same numbers. */
    public String getRadarLabel() {
        return Texts.text(language.getLocale(), "diagnosis.result.radar.label", report.lastLevel().level());
    }

    public String getRadarChart() {
        List<SubDomainScore> scores = getRadarScores();
        return RadarChart.json(Texts.text(language.getLocale(), "diagnosis.result.radar.dataset"),
                scores.stream().map(score -> subDomainName(score.subDomain())).toList(),
                scores.stream().map(score -> score.score().toBigDecimal(2)).toList());
    }

    /** CSS class of a change: up, down or same. */
    public String trend(Ratio change) {
        return change.signum() > 0 ? "change-up" : change.signum() < 0 ? "change-down" : "change-same";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
