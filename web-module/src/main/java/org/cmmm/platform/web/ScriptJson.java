package org.cmmm.platform.web;

import jakarta.json.JsonValue;

/**
 * JSON written into a page's {@code <script>} (the chart configurations PrimeFaces puts there). JSON's own escaping
 * leaves {@code <}, {@code >}, {@code &} and the line separators U+2028/U+2029 as they are: inside a script element
 * a name holding {@code </script>} closes the script and the rest is parsed as markup (issue 25, finding 3). Each of
 * them is written as its {@code \\uXXXX} escape instead, which is the same string to a JSON or JavaScript parser.
 * They can only stand inside a JSON string (never in its structure), so the escape is safe on the whole document.
 */
public final class ScriptJson {

    private ScriptJson() {
    }

    public static String of(JsonValue json) {
        return escape(json.toString());
    }

    static String escape(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
