package org.cmmm.model.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cmmm.platform.control.BusinessException;

/**
 * Scores one level of one diagnosis (GB/T 39117; DOMAIN.md §2.2–2.4): sub-domain score = mean of its scored
 * answers; tailored sub-domains and sub-domains without a scored answer drop out; the weights left are divided
 * by their sum; level score = Σ weight × sub-domain score.
 */
final class LevelScoring {

    private final MaturityModel model;
    private final ProductionType productionType;
    private final Tailoring tailoring;
    private final int level;

    LevelScoring(MaturityModel model, ProductionType productionType, Tailoring tailoring, int level) {
        this.model = model;
        this.productionType = productionType;
        this.tailoring = tailoring;
        this.level = level;
    }

    LevelScore score(Map<String, Answer> answers) {
        WeightTable table = model.weightTable(productionType, level).orElseThrow(() -> new IllegalArgumentException(
                "model " + model.version() + " has no weight table for " + productionType + " level " + level));
        List<Question> questions = model.questionsFor(level, productionType);
        requireSubmittable(questions, answers);

        Map<String, List<Ratio>> values = new LinkedHashMap<>();
        List<String> tailored = new ArrayList<>();
        for (SubDomain subDomain : model.subDomainsAt(level, productionType)) {
            if (tailoring.isTailored(subDomain.code())) {
                tailored.add(subDomain.code());
            } else {
                values.put(subDomain.code(), new ArrayList<>());
            }
        }
        for (Question question : questions) {
            List<Ratio> subDomainValues = values.get(question.subDomain());
            Answer answer = answers.get(question.id());
            if (subDomainValues != null && answer != null && !answer.isNotInvolved()) {
                subDomainValues.add(valueOf(question, answer));
            }
        }
        values.values().removeIf(List::isEmpty);
        return levelScore(table, values, tailored);
    }

    private LevelScore levelScore(WeightTable table, Map<String, List<Ratio>> values, List<String> tailored) {
        Ratio weightLeft = values.keySet().stream().map(code -> weightOf(table, code)).reduce(Ratio.ZERO, Ratio::add);
        if (weightLeft.isZero()) {
            throw new IllegalStateException("nothing to score at " + productionType + " level " + level
                    + ": every weighted sub-domain is tailored or unanswered");
        }
        List<SubDomainScore> scores = new ArrayList<>();
        Ratio levelScore = Ratio.ZERO;
        for (Map.Entry<String, List<Ratio>> entry : values.entrySet()) {
            Ratio mean = entry.getValue().stream().reduce(Ratio.ZERO, Ratio::add).divide(Ratio.of(entry.getValue().size()));
            Ratio weight = weightOf(table, entry.getKey()).divide(weightLeft);
            scores.add(new SubDomainScore(entry.getKey(), mean, weight, entry.getValue().size()));
            levelScore = levelScore.add(weight.multiply(mean));
        }
        boolean reached = model.reaches(levelScore);
        return new LevelScore(level, levelScore, reached, scores, Set.copyOf(tailored));
    }

    /**
     * "提交" scores a level only once every question is answered, and "企业不涉及此题目" is greyed out outside
     * tailored sub-domains (user manual; DOMAIN.md §3). Questions of tailored sub-domains may stay unanswered.
     */
    private void requireSubmittable(List<Question> questions, Map<String, Answer> answers) {
        List<String> unanswered = new ArrayList<>();
        for (Question question : questions) {
            Answer answer = answers.get(question.id());
            if (tailoring.allowsNotInvolved(question)) {
                continue;
            }
            if (answer == null) {
                unanswered.add(question.id());
            } else if (answer.isNotInvolved()) {
                throw new BusinessException("model.answer.notInvolvedRefused", question.id());
            }
        }
        if (!unanswered.isEmpty()) {
            throw new BusinessException("model.level.unanswered", level, String.join(", ", unanswered));
        }
    }

    private Ratio valueOf(Question question, Answer answer) {
        String code = answer.optionCode().orElseThrow();
        return model.answerOption(code).map(AnswerOption::value).orElseThrow(() -> new IllegalArgumentException(
                "question " + question.id() + " is answered with unknown option " + code));
    }

    private static Ratio weightOf(WeightTable table, String subDomain) {
        return table.weight(subDomain).orElseThrow(() -> new IllegalStateException(
                "weight table " + table.productionType() + " level " + table.level() + " lacks " + subDomain));
    }
}
