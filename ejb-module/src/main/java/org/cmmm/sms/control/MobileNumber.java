package org.cmmm.sms.control;

import java.util.Optional;
import java.util.regex.Pattern;
import org.cmmm.platform.control.BusinessException;

/**
 * A mainland China mobile number (DOMAIN.md §4): the account's registered number, to which password-reset
 * codes are sent (manual: 忘记密码). Numbers of the national numbering plan are 11 digits, {@code 1} then a
 * network digit 3–9 (no mobile block starts 10, 11 or 12). People type them with blanks or hyphens
 * ({@code 138 0013 8000}, {@code 138-0013-8000}) and often with the country code ({@code +86}, {@code 86});
 * all of these are read as the same number, and the number is stored without them.
 *
 * <p>{@link #toString()} masks the middle digits, so a number that ends up in a log is not personal data in
 * full; {@link #value()} gives the number for the SMS gateway and the database.
 *
 * @param value the 11 digits
 */
public record MobileNumber(String value) {

    public static final String FAULT_INVALID = "account.mobile.invalid";

    private static final Pattern NUMBER = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");
    private static final Pattern WITH_COUNTRY_CODE = Pattern.compile("(?:\\+86|86)([0-9]{11})");

    /** Normalizes and validates; anything that is not a mobile number throws {@code account.mobile.invalid}. */
    public MobileNumber {
        value = normalize(value);
        if (!NUMBER.matcher(value).matches()) {
            throw new BusinessException(FAULT_INVALID);
        }
    }

    /** Reads a number as typed on a form. */
    public static MobileNumber parse(String text) {
        return new MobileNumber(text);
    }

    /** The fault key of a number as typed, or empty when it is a mobile number. */
    public static Optional<String> validate(String text) {
        return NUMBER.matcher(normalize(text)).matches() ? Optional.empty() : Optional.of(FAULT_INVALID);
    }

    /** The number as shown on pages and in logs: the first three and last four digits, e.g. 138****1234. */
    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }

    /**
     * Any text that should be a mobile number, as logs and the audit trail may show it: a number masked like
     * {@link #masked()}, anything else (a malformed value) as {@code ***}, so that no log line carries a number.
     */
    public static String mask(String text) {
        String number = normalize(text);
        return NUMBER.matcher(number).matches() ? new MobileNumber(number).masked() : "***";
    }

    private static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String compact = SEPARATORS.matcher(text).replaceAll("");
        var withCountryCode = WITH_COUNTRY_CODE.matcher(compact);
        return withCountryCode.matches() ? withCountryCode.group(1) : compact;
    }
}
