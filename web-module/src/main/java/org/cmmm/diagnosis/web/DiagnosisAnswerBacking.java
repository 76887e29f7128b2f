package org.cmmm.diagnosis.web;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.cmmm.diagnosis.boundary.DiagnosisService;
import org.cmmm.diagnosis.control.AnswerTree;
import org.cmmm.diagnosis.control.DiagnosisStatus;
import org.cmmm.diagnosis.entity.Diagnosis;
import org.cmmm.model.control.AnswerOption;
import org.cmmm.model.control.LevelScore;
import org.cmmm.model.control.LocalizedText;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.ProductionType;
import org.cmmm.model.control.Question;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.web.Language;
import org.cmmm.platform.web.NotFound;
import org.cmmm.platform.web.Texts;
import org.primefaces.PrimeFaces;

/**
 * State of /diagnosis/answer.xhtml (manual §1.4): the level being answered, one sub-domain's questions at a
 * time, the navigation tree ({@link AnswerTree}) with progress, every answer saved as it is chosen, and 提交
 * once the level is complete. The page holds the diagnosis version it last saw; the boundary refuses a change
 * made from a stale page. What cannot change while a level is answered (model version, production type,
 * tailoring) is read once when the page opens, so that rendering needs no database round trip.
 */
@Named
@ViewScoped
public class DiagnosisAnswerBacking implements Serializable {

    @Inject
    transient DiagnosisService diagnoses;

    @Inject
    transient Language language;

    private Long id;
    private int version;
    private int level;
    private String modelVersion;
    private ProductionType productionType;
    private Set<String> tailored = Set.of();
    private Set<String> notInvolvable = Set.of();
    private String selected;
    private String resumeQuestion;
    private Map<String, String> answers = new HashMap<>();
    private boolean stale;
    private LevelScore submitted;
    private boolean nextLevelOpen;

    /** The tree of the answers as they are now; dropped whenever an answer changes. */
    private transient AnswerTree tree;

    /** The model version of the diagnosis, asked of the boundary once per view (getters run many times a render). */
    private transient MaturityModel model;

    /**
     * The questions of the level being answered, listed once per view: every visit of the page's repeat asks for
     * them, in each phase of each save (a profile under load found the listing a twentieth of the platform's time).
     */
    private transient List<Question> levelQuestions;
    private transient int levelQuestionsOf;

    /**
     * The tree's items as last listed, with the tree and the open sub-domain they were listed for: the repeat asks
     * for them in every phase, and each save's restore visits it again (the tree is drawn anew when either changes).
     */
    private transient List<AnswerTree.Node> visibleNodes;
    private transient AnswerTree visibleNodesOf;
    private transient String visibleNodesFor;

    /** Each sub-domain's first question of the level, for {@link #focusScript}: every tree link asks on every render. */
    private transient Map<String, String> firstQuestions;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Diagnosis diagnosis;
        try {
            diagnosis = diagnoses.get(id == null ? -1 : id);
        } catch (BusinessException notFound) {
            NotFound.send();
            return;
        }
        if (diagnosis.getStatus() != DiagnosisStatus.ANSWERING) {
            redirect(diagnosis.getStatus() == DiagnosisStatus.COMPLETED ? "/diagnosis/result.xhtml?id=" + id
                    : "/diagnosis/basic-data.xhtml?id=" + id);
            return;
        }
        version = diagnosis.getVersion();
        level = diagnosis.getCurrentLevel();
        modelVersion = diagnosis.getModelVersion();
        productionType = diagnosis.getProductionType();
        tailored = new TreeSet<>(diagnosis.getTailoredSubDomains());
        notInvolvable = diagnoses.notInvolvableQuestions(diagnosis);
        answers = new HashMap<>(diagnoses.answers(diagnosis));
        tree = null;
        selected = getTree().firstUnanswered();
        resumeQuestion = getTree().firstUnansweredQuestion().map(AnswerTree.Node::code).orElse(null);
    }

    /** Saves the answer just chosen for a question (ajax on every change). */
    public void save(String questionId) {
        tree = null;
        try {
            version = diagnoses.answer(id, version, questionId, answers.get(questionId));
        } catch (BusinessException e) {
            stale = e.has(DiagnosisService.FAULT_CHANGED_ELSEWHERE);
            Texts.errors(e);
            showStored(questionId);
        }
        PrimeFaces.current().ajax().addCallbackParam("treeCounts", getTreeCounts());
    }

    /**
     * The visible tree items' progress as JSON, {"code":[answered,total],…}, which platform.js writes into the tree
     * after a save: drawing the tree anew made every answer's response 20 KB (each link's script under the CSP).
     * Codes are the model's (letters, digits, dots and dashes); anything else is left out rather than escaped.
     */
    public String getTreeCounts() {
        StringBuilder json = new StringBuilder("{");
        for (AnswerTree.Node node : getVisibleNodes()) {
            if (node.code().matches("[A-Za-z0-9._-]+")) {
                json.append(json.length() > 1 ? "," : "").append('"').append(node.code()).append("\":[")
                        .append(node.answered()).append(',').append(node.total()).append(']');
            }
        }
        return json.append('}').toString();
    }

    /** After a refused change: the question shows the answer that is kept, not the choice that was refused. */
    private void showStored(String questionId) {
        String kept = diagnoses.answers(diagnoses.get(id)).get(questionId);
        if (kept == null) {
            answers.remove(questionId);
        } else {
            answers.put(questionId, kept);
        }
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent radio = UIComponent.getCurrentComponent(context);
        if (radio instanceof EditableValueHolder input) {
            input.resetValue(); // shows the model's value again instead of the submitted one
            PrimeFaces.current().ajax().update(radio.getClientId(context));
        }
    }

    public void submit() throws IOException {
        try {
            submitted = diagnoses.submitLevel(id, version, level);
        } catch (BusinessException e) {
            stale = e.has(DiagnosisService.FAULT_CHANGED_ELSEWHERE);
            Texts.errors(e);
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

    /** Opens the sub-domain a node of the tree stands for (a group opens its first sub-domain). */
    public void select(String subDomain) {
        if (getTree().subDomains().contains(subDomain)) {
            selected = subDomain;
        }
        resumeQuestion = null;
    }

    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    private void move(int step) {
        List<String> order = getTree().subDomains();
        int at = order.indexOf(selected) + step;
        if (at >= 0 && at < order.size()) {
            selected = order.get(at);
        }
        resumeQuestion = null;
    }

    // what the page shows

    private MaturityModel model() {
        if (model == null) {
            model = diagnoses.model(modelVersion);
        }
        return model;
    }

    public AnswerTree getTree() {
        if (tree == null) {
            tree = diagnoses.answerTree(modelVersion, level, productionType, answers);
        }
        return tree;
    }

    /**
     * The nodes the tree shows: every group, domain and sub-domain, and the questions of the open sub-domain
     * only (a level has some forty; all of them at once would bury the structure).
     */
    public List<AnswerTree.Node> getVisibleNodes() {
        AnswerTree current = getTree();
        if (visibleNodes == null || visibleNodesOf != current || !Objects.equals(visibleNodesFor, selected)) {
            visibleNodes = current.nodes().stream()
                    .filter(node -> node.kind() != AnswerTree.Kind.QUESTION || node.subDomain().equals(selected))
                    .toList();
            visibleNodesOf = current;
            visibleNodesFor = selected;
        }
        return visibleNodes;
    }

    public boolean isCurrent(AnswerTree.Node node) {
        return node.opensQuestions() && node.subDomain().equals(selected);
    }

    /**
     * CSS classes of a tree item: {@code tree-node} opens a sub-domain's questions, {@code tree-group} groups
     * sub-domains, {@code tree-question} is a question of the open sub-domain.
     */
    public String styleOf(AnswerTree.Node node) {
        String kind = node.kind() == AnswerTree.Kind.QUESTION ? "tree-question" : node.opensQuestions() ? "tree-node" : "tree-group";
        return kind + (isCurrent(node) ? " current" : "") + (node.isDone() ? " done" : "");
    }

    /**
     * Where the keyboard goes once the item's sub-domain is shown: a question item to its question, a sub-domain to
     * its first question (the tree link pressed is drawn anew, and a keyboard user would otherwise start again at
     * the top of the page).
     */
    public String focusScript(AnswerTree.Node node) {
        if (node.kind() == AnswerTree.Kind.QUESTION) {
            return "cmmm.focusQuestion('" + node.code() + "')";
        }
        String first = firstQuestions().get(node.subDomain());
        return first == null ? "" : "cmmm.focusQuestion('" + first + "')";
    }

    private Map<String, String> firstQuestions() {
        if (firstQuestions == null) {
            Map<String, String> firsts = new HashMap<>();
            for (Question question : levelQuestions()) {
                firsts.putIfAbsent(question.subDomain(), question.id());
            }
            firstQuestions = firsts;
        }
        return firstQuestions;
    }

    public List<Question> getQuestions() {
        return levelQuestions().stream().filter(question -> question.subDomain().equals(selected)).toList();
    }

    private List<Question> levelQuestions() {
        if (levelQuestions == null || levelQuestionsOf != level) {
            levelQuestions = model().questionsFor(level, productionType);
            levelQuestionsOf = level;
        }
        return levelQuestions;
    }

    public List<AnswerOption> getOptions() {
        return model().answerOptions();
    }

    /** The options that say when they apply (model versions from CMMM-2020r2 define them), for the legend. */
    public List<AnswerOption> getDefinedOptions() {
        return getOptions().stream().filter(option -> option.definition().isPresent()).toList();
    }

    /** When the option applies, in the page's language; empty for a model version that does not say. */
    public String definition(AnswerOption option) {
        return option.definitionIn(language.getLocale());
    }

    public boolean mayBeNotInvolved(Question question) {
        return notInvolvable.contains(question.id());
    }

    public String getNotInvolvedLabel() {
        return text(model().notInvolved());
    }

    public String getSelectedName() {
        return model().subDomain(selected).map(sub -> text(sub.name())).orElse("");
    }

    public boolean isTailored() {
        return tailored.contains(selected);
    }

    public long getAnsweredCount() {
        return getTree().answered();
    }

    public int getQuestionCount() {
        return getTree().total();
    }

    public int getPercent() {
        return getQuestionCount() == 0 ? 0 : (int) (getAnsweredCount() * 100 / getQuestionCount());
    }

    public boolean isLevelComplete() {
        return getAnsweredCount() == getQuestionCount();
    }

    public boolean isFirst() {
        return getTree().subDomains().indexOf(selected) == 0;
    }

    public boolean isLast() {
        List<String> order = getTree().subDomains();
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

    /** The first unanswered question when the page opens: it is scrolled to and focused. */
    public String getResumeQuestion() {
        return resumeQuestion;
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
