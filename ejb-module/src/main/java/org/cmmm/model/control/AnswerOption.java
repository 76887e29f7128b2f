package org.cmmm.model.control;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A degree of satisfaction a question is answered with, and the value it scores (GB/T 39117: 1.0, 0.8, 0.5, 0).
 * {@code definition} says when the degree applies ("met in at least 80 % of the applicable scope"), one for the
 * whole model version; versions before CMMM-2020r2 have none.
 */
public record AnswerOption(String code, Ratio value, LocalizedText label, Optional<LocalizedText> definition) {

    public AnswerOption {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(definition, "definition");
    }

    /** An option without a definition. */
    public AnswerOption(String code, Ratio value, LocalizedText label) {
        this(code, value, label, Optional.empty());
    }

    /** The definition in a language; empty for a version without definitions (pages then show nothing). */
    public String definitionIn(Locale locale) {
        return definition.map(text -> text.in(locale)).orElse("");
    }
}
