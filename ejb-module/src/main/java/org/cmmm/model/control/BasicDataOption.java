package org.cmmm.model.control;

import java.util.Objects;

/** One choice of a CHOICE or MULTI_CHOICE basic-data field. */
public record BasicDataOption(String code, LocalizedText label) {

    public BasicDataOption {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
