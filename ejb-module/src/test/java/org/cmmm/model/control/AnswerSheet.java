package org.cmmm.model.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers for the tests, written the way the worked examples read: "level 2 all MOSTLY, PRODUCTION_OPERATIONS
 * PARTLY". It answers the questions of one production type; use MIXED to answer every question of both.
 */
final class AnswerSheet {

    private final MaturityModel model;
    private final ProductionType productionType;
    private final Map<String, Answer> answers = new LinkedHashMap<>();

    private AnswerSheet(MaturityModel model, ProductionType productionType) {
        this.model = model;
        this.productionType = productionType;
    }

    static AnswerSheet of(MaturityModel model, ProductionType productionType) {
        return new AnswerSheet(model, productionType);
    }

    /** Every question of every level. */
    AnswerSheet all(String option) {
        for (int level = 1; level <= 5; level++) {
            level(level, option);
        }
        return this;
    }

    /** Every question of a level. */
    AnswerSheet level(int level, String option) {
        model.questionsFor(level, productionType).forEach(question -> answers.put(question.id(), Answer.option(option)));
        return this;
    }

    /** The questions of a sub-domain at a level, in bank order: one option for all, or one per question. */
    AnswerSheet subDomain(int level, String subDomain, String... options) {
        List<Question> questions = questionsOf(level, subDomain);
        if (options.length != 1 && options.length != questions.size()) {
            throw new IllegalArgumentException(subDomain + " has " + questions.size() + " questions at level " + level);
        }
        for (int i = 0; i < questions.size(); i++) {
            answers.put(questions.get(i).id(), Answer.option(options[options.length == 1 ? 0 : i]));
        }
        return this;
    }

    AnswerSheet notInvolved(int level, String subDomain) {
        questionsOf(level, subDomain).forEach(question -> answers.put(question.id(), Answer.NOT_INVOLVED));
        return this;
    }

    /** Removes the answers of a sub-domain at a level. */
    AnswerSheet unanswered(int level, String subDomain) {
        questionsOf(level, subDomain).forEach(question -> answers.remove(question.id()));
        return this;
    }

    AnswerSheet question(String id, String option) {
        answers.put(id, Answer.option(option));
        return this;
    }

    Map<String, Answer> answers() {
        return Map.copyOf(answers);
    }

    private List<Question> questionsOf(int level, String subDomain) {
        return model.questionsFor(level, productionType).stream()
                .filter(question -> question.subDomain().equals(subDomain))
                .toList();
    }
}
