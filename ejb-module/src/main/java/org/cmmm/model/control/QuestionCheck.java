package org.cmmm.model.control;

import java.util.List;
import java.util.Optional;

/**
 * Every question sits where its sub-domain applies, and every cell (level, sub-domain, production type) where
 * a sub-domain applies has at least two questions, so that one answer never decides a sub-domain alone.
 */
final class QuestionCheck {

    static final int MINIMUM_PER_CELL = 2;

    private QuestionCheck() {
    }

    static void check(MaturityModel model, List<String> faults) {
        StructureCheck.duplicates(model.questions().stream().map(Question::id), "question id", faults);
        for (Question question : model.questions()) {
            placement(model, question, faults);
        }
        for (SubDomain subDomain : model.subDomains()) {
            for (int level : subDomain.levels()) {
                for (ProductionType type : subDomain.productionTypes()) {
                    cell(model, subDomain, level, type, faults);
                }
            }
        }
    }

    private static void placement(MaturityModel model, Question question, List<String> faults) {
        String id = question.id();
        if (question.productionTypes().isEmpty()) {
            faults.add("question " + id + " applies to no production type");
        }
        Optional<SubDomain> found = model.subDomain(question.subDomain());
        if (found.isEmpty()) {
            faults.add("question " + id + " is in unknown sub-domain " + question.subDomain());
            return;
        }
        SubDomain subDomain = found.get();
        if (!subDomain.levels().contains(question.level())) {
            faults.add("question " + id + " is in sub-domain " + subDomain.code() + ", which does not apply at level "
                    + question.level());
        }
        for (ProductionType type : question.productionTypes()) {
            if (!subDomain.productionTypes().contains(type)) {
                faults.add("question " + id + " is for " + type + ", where sub-domain " + subDomain.code()
                        + " does not apply");
            }
        }
    }

    private static void cell(MaturityModel model, SubDomain subDomain, int level, ProductionType type,
                             List<String> faults) {
        long count = model.questions().stream()
                .filter(question -> question.subDomain().equals(subDomain.code()) && question.level() == level
                        && question.productionTypes().contains(type))
                .count();
        if (count < MINIMUM_PER_CELL) {
            faults.add(type + " level " + level + " sub-domain " + subDomain.code() + " has " + count
                    + " question(s), at least " + MINIMUM_PER_CELL + " are needed");
        }
    }
}
