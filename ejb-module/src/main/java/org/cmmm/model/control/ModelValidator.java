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

    /** @throws InvalidModelException listing every fault, when there is any */
    public void validateOrThrow(MaturityModel model) {
        List<String> faults = validate(model);
        if (!faults.isEmpty()) {
            throw InvalidModelException.faulty(model.version(), faults);
        }
    }
}
