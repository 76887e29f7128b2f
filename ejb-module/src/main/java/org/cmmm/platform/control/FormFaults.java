package org.cmmm.platform.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules every text field of a form shares, by field name into a map of faults (field → message key): a
 * required field is not blank; a text is at most so many characters (counted as a person counts them, a Chinese
 * character is one) and is refused, never cut, when longer; and it holds no control characters and no invisible
 * formatting characters (bidirectional overrides and isolates such as U+202E, zero-width marks), which would
 * make a stored name or address show differently from what it is.
 */
public final class FormFaults {

    public static final String REQUIRED = "form.required";
    public static final String TOO_LONG = "form.tooLong";
    public static final String CONTROL_CHARACTERS = "form.controlCharacters";

    private FormFaults() {
    }

    /** The first key of a rule's list of faults, at the field. */
    public static void first(Map<String, String> faults, String field, List<String> keys) {
        if (!keys.isEmpty()) {
            faults.put(field, keys.get(0));
        }
    }

    /** A required one-line text of at most {@code maxLength} characters. */
    public static void required(Map<String, String> faults, String field, String value, int maxLength) {
        if (isBlank(value)) {
            faults.put(field, REQUIRED);
        } else {
            textFault(value, maxLength, false).ifPresent(key -> faults.put(field, key));
        }
    }

    /**
     * The fault of a text as typed, or empty: control or formatting characters (line breaks allowed only where
     * {@code multiLine}), else more than {@code maxLength} characters once surrounding blanks are dropped.
     */
    public static Optional<String> textFault(String value, int maxLength, boolean multiLine) {
        if (value == null) {
            return Optional.empty();
        }
        if (hasInvisibleCharacters(value, multiLine)) {
            return Optional.of(CONTROL_CHARACTERS);
        }
        String stripped = value.strip();
        return stripped.codePointCount(0, stripped.length()) > maxLength ? Optional.of(TOO_LONG) : Optional.empty();
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Whether the text holds a character that is not shown as itself (see the class comment). */
    static boolean hasInvisibleCharacters(String value, boolean multiLine) {
        return value.codePoints().anyMatch(c -> !(multiLine && (c == '\n' || c == '\r')) && isInvisible(c));
    }

    /** A character that is not shown as itself: a control character or invisible formatting (see the class comment). */
    public static boolean isInvisible(int c) {
        return Character.getType(c) == Character.CONTROL
                || c == 0x200B || c == 0x200E || c == 0x200F // zero-width space, left-to-right and right-to-left marks
                || (c >= 0x202A && c <= 0x202E) // bidirectional embeddings and overrides
                || (c >= 0x2066 && c <= 0x2069) // bidirectional isolates
                || c == 0xFEFF; // zero-width no-break space
    }
}
