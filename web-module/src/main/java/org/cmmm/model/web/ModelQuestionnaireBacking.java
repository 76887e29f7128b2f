package org.cmmm.model.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.cmmm.model.control.AnswerOption;
import org.cmmm.model.control.Level;
import org.cmmm.model.control.ProductionType;
import org.cmmm.model.control.Question;
import org.cmmm.model.control.SubDomain;

/**
 * State of /model/questionnaire.xhtml: the blank questionnaire of the current model version, every question of every
 * level in the order of the answering tree, with what each answer degree means, to print and prepare the evidence
 * with before a diagnosis.
 */
@Named
@RequestScoped
public class ModelQuestionnaireBacking extends CurrentModelPage {

    public List<Level> getLevels() {
        return getModel().levels();
    }

    public List<AnswerOption> getOptions() {
        return getModel().answerOptions();
    }

    /** The sub-domains that have questions at the level (for either production type), in the tree's order. */
    public List<SubDomain> subDomainsAt(int level) {
        return getModel().navigationOrder().stream().filter(subDomain -> !questions(level, subDomain).isEmpty()).toList();
    }

    /** The questions of a sub-domain at a level, for either production type. */
    public List<Question> questions(int level, SubDomain subDomain) {
        return getModel().questions().stream()
                .filter(question -> question.level() == level && question.subDomain().equals(subDomain.code()))
                .toList();
    }

    /** Whether only one production type answers the question (the page marks it). */
    public boolean onlyFor(Question question, String type) {
        return question.productionTypes().equals(java.util.Set.of(ProductionType.valueOf(type)));
    }
}
