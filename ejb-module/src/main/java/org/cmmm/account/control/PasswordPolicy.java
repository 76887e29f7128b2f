package org.cmmm.account.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The stated password policy of the platform, the complexity requirement of GB/T 22239-2019 (等级保护 2.0,
 * 安全计算环境 · 身份鉴别): 8–64 characters (counted as Unicode code points, so a Chinese character is one);
 * at least three of the four classes upper-case letter, lower-case letter, digit and other character; not
 * containing the user name in any case; not one character repeated; and, when changing it, not the current
 * password. The rules are checked independently and every broken rule is reported, so the page can mark each
 * at the password field at once rather than one per submit.
 *
 * <p>A password of one repeated character always breaks the class rule too; it is still reported as
 * {@link #FAULT_REPEATED} so the hint says what is wrong with it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;
    public static final int MIN_CHARACTER_CLASSES = 3;

    public static final String FAULT_LENGTH = "account.password.length";
    public static final String FAULT_CLASSES = "account.password.classes";
    public static final String FAULT_CONTAINS_USER_NAME = "account.password.containsUserName";
    public static final String FAULT_REPEATED = "account.password.repeated";
    public static final String FAULT_SAME_AS_CURRENT = "account.password.sameAsCurrent";

    private PasswordPolicy() {
    }

    /**
     * The broken rules of a new password, in the order length, classes, containsUserName, repeated; empty when
     * the password is acceptable. A missing password counts as empty.
     *
     * @param userName the account's user name, or {@code null} when there is none yet to compare with
     */
    public static List<String> violations(String password, String userName) {
        String candidate = password == null ? "" : password;
        List<String> faults = new ArrayList<>();
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            faults.add(FAULT_LENGTH);
        }
        if (characterClasses(candidate) < MIN_CHARACTER_CLASSES) {
            faults.add(FAULT_CLASSES);
        }
        if (containsIgnoringCase(candidate, userName)) {
            faults.add(FAULT_CONTAINS_USER_NAME);
        }
        if (isOneCharacterRepeated(candidate)) {
            faults.add(FAULT_REPEATED);
        }
        return List.copyOf(faults);
    }

    /**
     * The broken rules of a password change: those of {@link #violations} and then {@link #FAULT_SAME_AS_CURRENT}.
     *
     * @param isCurrentPassword tells whether a plain password matches the stored hash of the current one; the
     *                          policy never sees the hash
     */
    public static List<String> violationsOnChange(String newPassword, String userName,
                                                  Predicate<String> isCurrentPassword) {
        List<String> faults = new ArrayList<>(violations(newPassword, userName));
        if (newPassword != null && isCurrentPassword.test(newPassword)) {
            faults.add(FAULT_SAME_AS_CURRENT);
        }
        return List.copyOf(faults);
    }

    private static int characterClasses(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int c : password.codePoints().toArray()) {
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    private static boolean containsIgnoringCase(String password, String userName) {
        if (userName == null || userName.isBlank()) {
            return false;
        }
        return password.toLowerCase(Locale.ROOT).contains(userName.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean isOneCharacterRepeated(String password) {
        return !password.isEmpty() && password.codePoints().distinct().count() == 1;
    }
}
