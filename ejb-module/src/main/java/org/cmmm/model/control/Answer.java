package org.cmmm.model.control;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to one question: an answer option code, or "企业不涉及此题目" ({@link #NOT_INVOLVED}), which is
 * allowed only in tailored sub-domains (user manual; DOMAIN.md §3).
 */
public final class Answer {

    public static final Answer NOT_INVOLVED = new Answer(null);

    /** How {@link #NOT_INVOLVED} is stored and sent (an answer option code can never take this value). */
    public static final String NOT_INVOLVED_CODE = "NOT_INVOLVED";

    private final String optionCode;

    private Answer(String optionCode) {
        this.optionCode = optionCode;
    }

    public static Answer option(String optionCode) {
        return new Answer(Objects.requireNonNull(optionCode, "optionCode"));
    }

    /** An answer as it is stored: an option code, or {@value #NOT_INVOLVED_CODE}. */
    public static Answer stored(String code) {
        return NOT_INVOLVED_CODE.equals(code) ? NOT_INVOLVED : option(code);
    }

    public boolean isNotInvolved() {
        return optionCode == null;
    }

    /** The chosen option; empty for {@link #NOT_INVOLVED}. */
    public Optional<String> optionCode() {
        return Optional.ofNullable(optionCode);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answer answer && Objects.equals(optionCode, answer.optionCode);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(optionCode);
    }

    @Override
    public String toString() {
        return optionCode == null ? NOT_INVOLVED_CODE : optionCode;
    }
}
