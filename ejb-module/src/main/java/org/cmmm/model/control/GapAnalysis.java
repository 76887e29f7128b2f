package org.cmmm.model.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks the questions of the first level not reached by what fully satisfying each would add to the level
 * score: (renormalized sub-domain weight / scored questions of the sub-domain) × (1 − value). Ties follow the
 * navigation order, then the order of the question bank.
 */
final class GapAnalysis {

    private GapAnalysis() {
    }

    static LevelGap of(MaturityModel model, ProductionType productionType, LevelScore failed, Map<String, Answer> answers) {
        List<GapQuestion> gaps = new ArrayList<>();
        for (Question question : model.questionsFor(failed.level(), productionType)) {
            Answer answer = answers.get(question.id());
            var subDomain = failed.subDomain(question.subDomain());
            if (subDomain.isEmpty() || answer == null || answer.isNotInvolved()) {
                continue;
            }
            Ratio value = model.answerOption(answer.optionCode().orElseThrow()).orElseThrow().value();
            if (value.compareTo(Ratio.ONE) < 0) {
                Ratio gain = subDomain.get().weightPerQuestion().multiply(Ratio.ONE.subtract(value));
                gaps.add(new GapQuestion(question.id(), question.subDomain(), value, gain));
            }
        }
        // a stable sort keeps bank order among equal gains within one sub-domain
        gaps.sort(Comparator.comparing(GapQuestion::gain).reversed()
                .thenComparing(GapQuestion::subDomain, model.byNavigationOrder()));
        return new LevelGap(failed.level(), failed.score(), model.threshold().subtract(failed.score()), gaps);
    }
}
