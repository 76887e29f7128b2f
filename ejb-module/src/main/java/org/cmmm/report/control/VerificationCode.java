package org.cmmm.report.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code a report is verified by at {@code /verify/{code}}: 80 random bits (not derived from any id, so codes
 * cannot be guessed from each other), written as 16 characters of Crockford's base 32 — digits and capitals
 * without I, L, O and U, which are easy to misread from paper.
 */
public final class VerificationCode {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 16;
    private static final Pattern WELL_FORMED = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    /** A new code: 16 characters of 5 random bits each. */
    public static String next() {
        byte[] bits = new byte[LENGTH * 5 / 8];
        RANDOM.nextBytes(bits);
        StringBuilder code = new StringBuilder(LENGTH);
        int buffer = 0;
        int held = 0;
        for (byte b : bits) {
            buffer = (buffer << 8) | (b & 0xff);
            held += 8;
            while (held >= 5) {
                held -= 5;
                code.append(ALPHABET[(buffer >> held) & 31]);
            }
        }
        return code.toString();
    }

    /**
     * The code as typed or scanned, in the form it is stored (capitals; the look-alikes O, I and L read as 0, 1
     * and 1), or {@code null} when it cannot be a code at all — so a lookup never reaches the database with junk.
     */
    public static String normalized(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.strip().toUpperCase(Locale.ROOT).replace('O', '0').replace('I', '1').replace('L', '1')
                .replace("-", "").replace(" ", "");
        return WELL_FORMED.matcher(code).matches() ? code : null;
    }
}
