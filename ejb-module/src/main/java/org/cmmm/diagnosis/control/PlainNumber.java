package org.cmmm.diagnosis.control;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number as people type it into a form: digits of any script (full-width １２０ from a Chinese input method,
 * Arabic-Indic ١٢٠), an optional sign, an optional decimal point (full-width ． too). Exponents ({@code 1e2}),
 * digit grouping ({@code 1,000}) and anything else are not plain numbers: a form refuses them with a message
 * rather than guessing what was meant.
 */
public record PlainNumber(BigDecimal value) {

    private static final Pattern PLAIN = Pattern.compile("[+-]?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)");

    public static Optional<PlainNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder ascii = new StringBuilder(typed.length());
        typed.strip().codePoints().forEach(c -> ascii.append(asciiOf(c)));
        String text = ascii.toString();
        if (!PLAIN.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new PlainNumber(new BigDecimal(text)));
    }

    /** The one form a number is stored in: no sign for positive, no trailing zeros, no exponent ({@code 100}, {@code 3.5}). */
    public String text() {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static String asciiOf(int c) {
        if (Character.isDigit(c)) {
            return String.valueOf(Character.digit(c, 10));
        }
        switch (c) {
            case '．':
            case '。':
                return ".";
            case '＋':
                return "+";
            case '－':
            case '−':
                return "-";
            default:
                return new String(Character.toChars(c));
        }
    }
}
