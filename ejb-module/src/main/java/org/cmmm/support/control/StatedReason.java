package org.cmmm.support.control;

import java.util.Optional;
import org.cmmm.platform.control.FormFaults;

/**
 * Why support changes something on a user's behalf, as it is written to the audit log: always stated, in
 * {@value #MIN_LENGTH}–{@value #MAX_LENGTH} characters, on one or more lines but without control characters.
 */
public final class StatedReason {

    public static final int MIN_LENGTH = 5;
    public static final int MAX_LENGTH = 500;

    public static final String FAULT_REQUIRED = "support.reason.required";
    public static final String FAULT_LENGTH = "support.reason.length";

    private StatedReason() {
    }

    /** The message key of what is wrong with the reason, if anything. */
    public static Optional<String> fault(String reason) {
        String stated = reason == null ? "" : reason.strip();
        int length = stated.codePointCount(0, stated.length());
        if (stated.isEmpty()) {
            return Optional.of(FAULT_REQUIRED);
        }
        if (FormFaults.textFault(reason, Integer.MAX_VALUE, true).isPresent()) {
            return Optional.of(FormFaults.CONTROL_CHARACTERS);
        }
        return length < MIN_LENGTH || length > MAX_LENGTH ? Optional.of(FAULT_LENGTH) : Optional.empty();
    }
}
