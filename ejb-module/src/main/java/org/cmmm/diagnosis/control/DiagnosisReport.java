package org.cmmm.diagnosis.control;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cmmm.diagnosis.entity.Diagnosis;
import org.cmmm.model.control.Answer;
import org.cmmm.model.control.AnswerOption;
import org.cmmm.model.control.GapQuestion;
import org.cmmm.model.control.Level;
import org.cmmm.model.control.LevelGap;
import org.cmmm.model.control.LevelScore;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.Question;
import org.cmmm.model.control.ScoreExplanation;
import org.cmmm.model.control.SubDomain;
import org.cmmm.model.control.SubDomainScore;

/**
 * Everything the result page shows of one completed diagnosis, recomputed from its answers with its own model
 * version (so the page explains exactly the stored result): the explanation (level scores, tailoring, weakest
 * sub-domains, gap to the next level), the answers as given, and — when the enterprise completed one before
 * this — the previous diagnosis and the change since then ({@link DiagnosisComparison}).
 */
public record DiagnosisReport(Diagnosis diagnosis, MaturityModel model, ScoreExplanation explanation,
                              Map<String, String> answers, Optional<Diagnosis> previous,
                              Optional<DiagnosisComparison> comparison) {

    /** The stored answer "企业不涉及此题目" (only in tailored sub-domains). */

    /** How many of the weakest sub-domains the result names. */
    public static final int WEAKEST_SHOWN = 3;

    public DiagnosisReport {
        Objects.requireNonNull(diagnosis, "diagnosis");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(explanation, "explanation");
        answers = Map.copyOf(answers);
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(comparison, "comparison");
    }

    /** The total as shown: "3.55". */
    public String totalDisplay() {
        return explanation.result().display();
    }

    /** 0 (未达到一级) to 5. */
    public int maturityLevel() {
        return explanation.result().maturityLevel();
    }

    /** The maturity level with its name; empty below level 1. */
    public Optional<Level> level() {
        return model.level(maturityLevel());
    }

    /** Every level answered, level 1 first: all reached levels and the first one not reached. */
    public List<LevelScore> levels() {
        return explanation.levels();
    }

    /** The highest level answered: its sub-domain scores are the radar chart. */
    public LevelScore lastLevel() {
        return levels().get(levels().size() - 1);
    }

    public List<SubDomain> tailored() {
        // in the model's order, as everything else lists sub-domains (the explanation keeps them as a set)
        return model.navigationOrder().stream().filter(subDomain -> explanation.tailored().contains(subDomain.code())).toList();
    }

    public List<SubDomainScore> weakest() {
        return explanation.weakest(WEAKEST_SHOWN);
    }

    /** The first level not reached, with its shortfall; empty when level 5 was reached. */
    public Optional<LevelGap> gap() {
        return explanation.gap();
    }

    /** The questions that close the gap, largest gain first (ranked as the scoring explanation ranks them). */
    public List<GapQuestion> gapQuestions() {
        return gap().map(LevelGap::questions).orElse(List.of());
    }

    public Question question(String id) {
        return model.question(id).orElseThrow(() -> new IllegalStateException("model " + model.version() + " has no question " + id));
    }

    public SubDomain subDomain(String code) {
        return model.subDomain(code).orElseThrow(() -> new IllegalStateException("model " + model.version() + " has no sub-domain " + code));
    }

    public boolean isNotInvolved(String questionId) {
        return Answer.NOT_INVOLVED_CODE.equals(answers.get(questionId));
    }

    /** The option a question was answered with; empty for NOT_INVOLVED or an unanswered question. */
    public Optional<AnswerOption> answerOf(String questionId) {
        return Optional.ofNullable(answers.get(questionId)).flatMap(model::answerOption);
    }
}
