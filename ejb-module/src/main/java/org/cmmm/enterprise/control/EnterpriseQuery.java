package org.cmmm.enterprise.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.cmmm.platform.control.LikePattern;

/**
 * What an enterprise search typed into a box asks for, decided before any query runs so that each kind uses an
 * index: a whole USCC is looked up by its unique key, the start of one by a range of that key, one character as
 * the start of a name, and longer text through the bigrams of the names (the table {@code enterprise_name_gram},
 * which V12 fills by the same split as {@link #gramsOf}). Only the last kind can match inside a name.
 */
public record EnterpriseQuery(Kind kind, String text, List<String> grams) {

    public enum Kind {
        /** Nothing typed: the first enterprises by name. */
        ALL,
        /** An 18-character code: at most one enterprise. */
        USCC,
        /** The start of a code (letters and digits, at least one digit, 2 to 17 characters). */
        USCC_PREFIX,
        /** One character: names that start with it. */
        NAME_PREFIX,
        /** Two characters or more: names that contain the text. */
        NAME_CONTAINS
    }

    private static final Pattern CODE_CHARACTERS = Pattern.compile("[0-9A-Z]+");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");

    public EnterpriseQuery {
        grams = List.copyOf(grams);
    }

    public static EnterpriseQuery parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new EnterpriseQuery(Kind.ALL, "", List.of());
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (CODE_CHARACTERS.matcher(code).matches() && DIGIT.matcher(code).find()) {
            if (code.length() == Uscc.LENGTH) {
                return new EnterpriseQuery(Kind.USCC, code, List.of());
            }
            if (code.length() > 1 && code.length() < Uscc.LENGTH) {
                return new EnterpriseQuery(Kind.USCC_PREFIX, code, List.of());
            }
        }
        if (text.codePointCount(0, text.length()) == 1) {
            return new EnterpriseQuery(Kind.NAME_PREFIX, text, List.of());
        }
        return new EnterpriseQuery(Kind.NAME_CONTAINS, text, gramsOf(text));
    }

    /**
     * Every two consecutive characters (code points, as MariaDB's SUBSTRING counts them), each once, in the order
     * they occur: "苏州机械" → 苏州, 州机, 机械.
     */
    public static List<String> gramsOf(String text) {
        int[] points = text.codePoints().toArray();
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + 1 < points.length; i++) {
            grams.add(new String(points, i, 2));
        }
        return List.copyOf(grams);
    }

    /** The text as a LIKE pattern matching it anywhere, its own % and _ taken literally (escape character '\'). */
    public String containsPattern() {
        return LikePattern.containing(text);
    }

    /** The text as a LIKE pattern matching what starts with it. */
    public String prefixPattern() {
        return LikePattern.startingWith(text);
    }
}
