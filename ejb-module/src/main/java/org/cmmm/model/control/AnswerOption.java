package org.cmmm.model.control;

import java.util.Objects;

/** A degree of satisfaction a question is answered with, and the value it scores (GB/T 39117: 1.0, 0.8, 0.5, 0). */
public record AnswerOption(String code, Ratio value, LocalizedText label) {

    public AnswerOption {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }
}
