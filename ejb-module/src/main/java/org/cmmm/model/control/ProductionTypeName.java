package org.cmmm.model.control;

import java.util.Objects;

/** A production type the model defines questions and weights for, with its name. */
public record ProductionTypeName(ProductionType code, LocalizedText name) {

    public ProductionTypeName {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
