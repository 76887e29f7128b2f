package org.cmmm.model.control;

import java.util.Set;

/**
 * The production type of a diagnosis, from the basic-data questionnaire. A model defines questions and weights
 * for {@code DISCRETE} (离散型) and {@code PROCESS} (流程型) only; {@code MIXED} is a diagnosis choice that
 * answers the questions of both types and is weighted as {@code DISCRETE} (config/model/README.md).
 */
public enum ProductionType {
    DISCRETE, PROCESS, MIXED;

    /** The production type whose weight table, and so whose sub-domains, apply. */
    public ProductionType weighting() {
        return this == MIXED ? DISCRETE : this;
    }

    /** Whether a diagnosis of this type answers a question made for {@code questionTypes}. */
    public boolean answers(Set<ProductionType> questionTypes) {
        return this == MIXED
                ? questionTypes.contains(DISCRETE) || questionTypes.contains(PROCESS)
                : questionTypes.contains(this);
    }

    /** Whether a model may use this type for sub-domains, questions and weight tables. */
    public boolean isModelType() {
        return this != MIXED;
    }
}
