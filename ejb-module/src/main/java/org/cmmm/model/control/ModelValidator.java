package org.cmmm.model.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a model version before it is imported: a published version scores diagnoses forever, so a file with
 * any fault is refused and every fault is named (config/model/README.md). Faults are English sentences for the
 * operator who publishes the model.
 */
public final class ModelValidator {

    /** GB/T 39116 defines five maturity levels. */
    static final int LEVEL_COUNT = 5;

    /** Every fault of the model, in a stable order; empty when the model is valid. */
    public List<String> validate(MaturityModel model) {
        List<String> faults = new ArrayList<>();
        StructureCheck.check(model, faults);
        WeightCheck.check(model, faults);
        QuestionCheck.check(model, faults);
        TranslationCheck.check(model, faults);
        BasicDataCheck.check(model, faults);
        return List.copyOf(faults);
    }

    /**
     * What an operator should read before publishing a valid model: each place where its weights break a
     * weight-share rule ({@link WeightShareRules}: a level reached with manufacturing not satisfied, questions of one
     * level weighing more than 4 times apart, production below half of a tailored level). Warnings, not faults: the
     * standard's own weight tables may be loaded as a version. Empty for a model that keeps the rules.
     */
    public List<String> warnings(MaturityModel model) {
        WeightShareRules rules = new WeightShareRules(model);
        List<String> warnings = new ArrayList<>();
        rules.levelsReachedWithoutManufacturing().forEach(place ->
                warnings.add("Weights: a level is reached with every manufacturing question not satisfied (" + place + ")"));
        rules.questionWeightSpreads().forEach(place ->
                warnings.add("Weights: questions of one level weigh more than 4 times apart (" + place + ")"));
        rules.productionSharesBelowHalfWhenTailored().forEach(place ->
                warnings.add("Weights: production keeps less than half of a level with every tailorable domain tailored ("
                        + place + ")"));
        return List.copyOf(warnings);
    }

    /** @throws InvalidModelException listing every fault, when there is any */
    public void validateOrThrow(MaturityModel model) {
        List<String> faults = validate(model);
        if (!faults.isEmpty()) {
            throw InvalidModelException.faulty(model.version(), faults);
        }
    }
}
