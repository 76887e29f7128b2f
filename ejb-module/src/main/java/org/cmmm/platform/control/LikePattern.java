package org.cmmm.platform.control;

/**
 * Text typed into a search box as a JPQL LIKE pattern, its own % and _ taken literally: every query using one says
 * {@code escape '\'}.
 */
public final class LikePattern {

    private LikePattern() {
    }

    /** Matches what starts with the text: a range of an index on the column. */
    public static String startingWith(String text) {
        return escaped(text) + "%";
    }

    /** Matches what holds the text anywhere: no index helps, so only on rows found another way. */
    public static String containing(String text) {
        return "%" + escaped(text) + "%";
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
