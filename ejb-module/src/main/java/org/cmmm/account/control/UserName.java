package org.cmmm.account.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cmmm.platform.control.BusinessException;

/**
 * The login name of an account. 4–32 characters of ASCII letters, digits, {@code _}, {@code -} and {@code .},
 * starting with a letter. ASCII only because a name is typed at every login, on any keyboard, and because
 * look-alike letters from other scripts (Cyrillic а for Latin a) would let two accounts appear to share a name.
 * Names differ only by content, not case: {@code ZhangSan} and {@code zhangsan} are one account, so the value
 * is kept in lower case and unique in that form.
 *
 * @param value the name in lower case
 */
public record UserName(String value) {

    public static final int MIN_LENGTH = 4;
    public static final int MAX_LENGTH = 32;

    public static final String FAULT_REQUIRED = "account.userName.required";
    public static final String FAULT_LENGTH = "account.userName.length";
    public static final String FAULT_CHARACTERS = "account.userName.characters";
    public static final String FAULT_START = "account.userName.start";

    /** Normalizes and validates; an invalid name throws {@link BusinessException} with its first fault. */
    public UserName {
        List<String> faults = violations(value);
        if (!faults.isEmpty()) {
            throw new BusinessException(faults.get(0));
        }
        value = value.strip().toLowerCase(Locale.ROOT);
    }

    /** Reads a name as typed on the registration or login form; surrounding blanks are dropped. */
    public static UserName parse(String text) {
        return new UserName(text);
    }

    /**
     * Every fault of a name as typed, in the order of the form's hints: required, length, characters, start.
     * An empty list means the name is valid.
     */
    public static List<String> violations(String text) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty()) {
            return List.of(FAULT_REQUIRED);
        }
        List<String> faults = new ArrayList<>();
        if (name.length() < MIN_LENGTH || name.length() > MAX_LENGTH) {
            faults.add(FAULT_LENGTH);
        }
        if (!name.chars().allMatch(UserName::isAllowed)) {
            faults.add(FAULT_CHARACTERS);
        }
        if (!isAsciiLetter(name.charAt(0))) {
            faults.add(FAULT_START);
        }
        return List.copyOf(faults);
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean isAllowed(int c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
