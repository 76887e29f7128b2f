package org.cmmm.report.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a text into lines that fit a width, as Chinese and English are set: a line may break between any two Chinese
 * characters, between English words, and inside an English word only when the word alone is wider than the line;
 * closing punctuation never starts a line: it stays with the character before it, hanging into the margin if need be.
 */
public final class Lines {

    private static final String NEVER_FIRST = "，。、；：！？）」』》〉】,.;:!?)%";

    private Lines() {
    }

    /** The lines of a text ({@code \n} starts a new one) at most {@code width} wide, measured by {@code widthOf}. */
    public static List<String> wrap(String text, double width, ToDoubleFunction<String> widthOf) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            wrapParagraph(paragraph, width, widthOf, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, double width, ToDoubleFunction<String> widthOf, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String piece : pieces(paragraph)) {
            if (line.length() > 0 && fits(line + piece, width, widthOf)) {
                line.append(piece);
                continue;
            }
            String rest = piece;
            if (line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                rest = piece.stripLeading();
            }
            // a word wider than the line is cut where it must be
            while (rest.length() > 1 && !fits(rest, width, widthOf)) {
                int cut = 1;
                while (cut < rest.length() && fits(rest.substring(0, cut + 1), width, widthOf)) {
                    cut++;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString().stripTrailing());
    }

    private static boolean fits(String text, double width, ToDoubleFunction<String> widthOf) {
        return widthOf.applyAsDouble(withoutClosing(text.stripTrailing())) <= width;
    }

    /** Closing punctuation at the end of a line hangs into the margin, as Chinese typesetting lets it. */
    private static String withoutClosing(String line) {
        int end = line.length();
        while (end > 0 && NEVER_FIRST.indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return line.substring(0, end);
    }

    /**
     * The pieces a line may break between: each Chinese character with the punctuation that follows it, each English
     * word with its following spaces.
     */
    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!isWide(codePoint) && !Character.isWhitespace(codePoint)) {
                while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && !isWide(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            }
            if (!Character.isWhitespace(codePoint)) {
                while (i < text.length() && NEVER_FIRST.indexOf(text.charAt(i)) >= 0) {
                    i++;
                }
            }
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            pieces.add(text.substring(start, i));
        }
        return pieces;
    }

    private static boolean isWide(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }
}
