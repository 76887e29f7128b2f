package org.cmmm.diagnosis.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmmm.diagnosis.boundary.DiagnosisService;
import org.cmmm.diagnosis.control.DiagnosisStatus;
import org.cmmm.diagnosis.entity.Diagnosis;
import org.cmmm.model.control.AnswerOption;
import org.cmmm.model.control.Domain;
import org.cmmm.model.control.LevelScore;
import org.cmmm.model.control.LocalizedText;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.Question;
import org.cmmm.model.control.SubDomain;
import org.cmmm.model.control.Tailoring;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.web.Language;
import org.cmmm.platform.web.Texts;

/**
 * State of /diagnosis/answer.xhtml (manual §1.4): the level being answered, one sub-domain's questions at a
 * time, the navigation tree (人员, 技术, 资源, 生产, 设计, 物流, 销售, 服务) with progress, every answer saved as it
 * is chosen, and 提交 once the level is complete. The page holds the diagnosis version it last saw; the
 * boundary refuses a change made from a stale page.
 */
@Named
@ViewScoped
public class DiagnosisAnswerBacking implements Serializable {

    static final String NOT_INVOLVED = "NOT_INVOLVED";

    @Inject
    transient DiagnosisService diagnoses;

    @Inject
    transient Language language;

    private Long id;
    private int version;
    private int level;
    private String selected;
    private Map<String, String> answers = new HashMap<>();
    private boolean stale;
    private LevelScore submitted;
    private boolean nextLevelOpen;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Diagnosis diagnosis;
        try {
            diagnosis = diagnoses.get(id == null ? -1 : id);
        } catch (BusinessException notFound) {
            FacesContext context = FacesContext.getCurrentInstance();
            ((HttpServletResponse) context.getExternalContext().getResponse()).sendError(HttpServletResponse.SC_NOT_FOUND);
            context.responseComplete();
            return;
        }
        if (diagnosis.getStatus() != DiagnosisStatus.ANSWERING) {
            redirect(diagnosis.getStatus() == DiagnosisStatus.COMPLETED ? "/diagnosis/result.xhtml?id=" + id
                    : "/diagnosis/basic-data.xhtml?id=" + id);
            return;
        }
        version = diagnosis.getVersion();
        level = diagnosis.getCurrentLevel();
        answers = new HashMap<>(diagnoses.answers(diagnosis));
        selected = firstUnanswered();
    }

    /** Saves the answer just chosen for a question (ajax on every change). */
    public void save(String questionId) {
        try {
            version = diagnoses.answer(id, version, questionId, answers.get(questionId));
        } catch (BusinessException e) {
            stale = "diagnosis.changedElsewhere".equals(e.messageKey());
            Texts.error(e);
        }
    }

    public void submit() throws IOException {
        try {
            submitted = diagnoses.submitLevel(id, version, level);
        } catch (BusinessException e) {
            stale = "diagnosis.changedElsewhere".equals(e.messageKey());
            Texts.error(e);
            return;
        }
        Diagnosis after = diagnoses.get(id);
        if (after.getStatus() == DiagnosisStatus.COMPLETED) {
            Texts.redirectWithInfo("/diagnosis/result.xhtml?id=" + id, "diagnosis.level.finished", level, submitted.display());
            return;
        }
        nextLevelOpen = true;
        version = after.getVersion();
    }

    /** 保存: every answer is already saved as it is chosen; this confirms it to the user. */
    public void saved() {
        Texts.info("diagnosis.answer.saved");
    }

    public void select(String subDomain) {
        selected = subDomain;
    }

    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    private void move(int step) {
        List<String> order = subDomainCodes();
        int at = order.indexOf(selected) + step;
        if (at >= 0 && at < order.size()) {
            selected = order.get(at);
        }
    }

    // what the page shows

    private Diagnosis diagnosis() {
        return diagnoses.get(id);
    }

    private MaturityModel model() {
        return diagnoses.modelOf(diagnosis());
    }

    /** The eight top nodes of the tree, each with its sub-domains at this level. */
    public List<NavGroup> getTree() {
        Diagnosis diagnosis = diagnosis();
        MaturityModel model = diagnoses.modelOf(diagnosis);
        List<SubDomain> applicable = model.subDomainsAt(level, diagnosis.getProductionType());
        Map<Integer, NavGroup> groups = new LinkedHashMap<>();
        for (SubDomain subDomain : applicable) {
            Domain domain = model.domainOf(subDomain.code()).orElseThrow();
            NavGroup group = groups.computeIfAbsent(domain.navigationOrder(), order -> new NavGroup(groupLabel(model, domain), new ArrayList<>()));
            List<Question> questions = questionsOf(model, diagnosis, subDomain.code());
            long answered = questions.stream().filter(q -> answers.get(q.id()) != null).count();
            group.nodes().add(new NavNode(subDomain.code(), text(subDomain.name()), answered, questions.size()));
        }
        return new ArrayList<>(groups.values());
    }

    /** 人员, 技术, 资源 are elements in the tree; under 制造 each domain is its own top node (生产, 设计, …). */
    private String groupLabel(MaturityModel model, Domain domain) {
        return model.elements().stream()
                .filter(element -> element.domains().contains(domain))
                .filter(element -> !"MANUFACTURING".equals(element.code()))
                .findFirst().map(element -> text(element.name())).orElse(text(domain.name()));
    }

    public List<Question> getQuestions() {
        Diagnosis diagnosis = diagnosis();
        return questionsOf(diagnoses.modelOf(diagnosis), diagnosis, selected);
    }

    private List<Question> questionsOf(MaturityModel model, Diagnosis diagnosis, String subDomain) {
        return model.questionsFor(level, diagnosis.getProductionType()).stream()
                .filter(question -> question.subDomain().equals(subDomain)).toList();
    }

    private List<String> subDomainCodes() {
        Diagnosis diagnosis = diagnosis();
        return diagnoses.modelOf(diagnosis).subDomainsAt(level, diagnosis.getProductionType()).stream().map(SubDomain::code).toList();
    }

    /** Where answering resumes: the first sub-domain, in the order of the tree, with an unanswered question. */
    private String firstUnanswered() {
        Diagnosis diagnosis = diagnosis();
        MaturityModel model = diagnoses.modelOf(diagnosis);
        List<String> order = subDomainCodes();
        return order.stream()
                .filter(code -> questionsOf(model, diagnosis, code).stream().anyMatch(q -> answers.get(q.id()) == null))
                .findFirst().orElse(order.get(0));
    }

    public List<AnswerOption> getOptions() {
        return model().answerOptions();
    }

    public boolean mayBeNotInvolved(Question question) {
        Diagnosis diagnosis = diagnosis();
        return Tailoring.of(diagnoses.modelOf(diagnosis), diagnosis.getTailoredSubDomains()).allowsNotInvolved(question);
    }

    public String getNotInvolvedLabel() {
        return text(model().notInvolved());
    }

    public String getSelectedName() {
        return model().subDomain(selected).map(sub -> text(sub.name())).orElse("");
    }

    public boolean isTailored() {
        return diagnosis().getTailoredSubDomains().contains(selected);
    }

    public long getAnsweredCount() {
        Diagnosis diagnosis = diagnosis();
        return diagnoses.modelOf(diagnosis).questionsFor(level, diagnosis.getProductionType()).stream()
                .filter(q -> answers.get(q.id()) != null).count();
    }

    public int getQuestionCount() {
        Diagnosis diagnosis = diagnosis();
        return diagnoses.modelOf(diagnosis).questionsFor(level, diagnosis.getProductionType()).size();
    }

    public boolean isLevelComplete() {
        return getAnsweredCount() == getQuestionCount();
    }

    public boolean isFirst() {
        return subDomainCodes().indexOf(selected) == 0;
    }

    public boolean isLast() {
        List<String> order = subDomainCodes();
        return order.indexOf(selected) == order.size() - 1;
    }

    public String getLevelName() {
        return model().level(level).map(l -> text(l.name())).orElse("");
    }

    public String text(LocalizedText text) {
        return text.in(language.getLocale());
    }

    private static void redirect(String path) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + path);
    }

    /** A top node of the tree. */
    public record NavGroup(String label, List<NavNode> nodes) implements Serializable {
    }

    /** A sub-domain in the tree, with how many of its questions at this level are answered. */
    public record NavNode(String code, String name, long answered, int total) implements Serializable {

        public boolean isDone() {
            return answered == total;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getLevel() {
        return level;
    }

    public String getSelected() {
        return selected;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public boolean isStale() {
        return stale;
    }

    public LevelScore getSubmitted() {
        return submitted;
    }

    public boolean isNextLevelOpen() {
        return nextLevelOpen;
    }
}
