package org.cmmm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The platform's stylesheet is well formed: a rule left open (as a careless merge leaves it) silently switches
 * off every rule after it, which no page test notices until someone looks.
 */
class StylesheetTest {

    private static final Path STYLESHEET = Path.of("src/main/webapp/resources/css/platform.css");

    @Test
    void everyRuleIsClosedBeforeTheNextStarts() throws IOException {
        List<String> faults = new ArrayList<>();
        int depth = 0;
        int line = 0;
        for (String text : withoutComments(Files.readString(STYLESHEET, StandardCharsets.UTF_8)).split("\n", -1)) {
            line++;
            boolean startsAtColumnZero = !text.isBlank() && !Character.isWhitespace(text.charAt(0)) && !text.startsWith("}");
            if (startsAtColumnZero && depth != 0) {
                faults.add("line " + line + " starts a rule inside an open one: " + text);
                depth = 0;
            }
            for (char c : text.toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
            if (depth < 0) {
                faults.add("line " + line + " closes a rule that is not open");
                depth = 0;
            }
        }
        assertThat(depth).as("rules left open at the end").isZero();
        assertThat(faults).isEmpty();
    }

    @Test
    void noTopLevelSelectorIsDefinedTwice() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String text : withoutComments(Files.readString(STYLESHEET, StandardCharsets.UTF_8)).split("\n")) {
            if (text.endsWith("{") && !text.startsWith(" ") && !text.startsWith("@") && !seen.add(text.strip())) {
                twice.add(text.strip());
            }
        }
        assertThat(twice).as("selectors defined twice; one rule each keeps the cascade readable").isEmpty();
    }

    /**
     * Any element can hold Chinese (a column header over USCCs, a name in a code box): a font stack without the
     * CJK font the platform ships renders it as empty boxes wherever the operating system has none.
     */
    @Test
    void everyFontStackCanShowChinese() throws IOException {
        List<String> without = new ArrayList<>();
        for (String text : withoutComments(Files.readString(STYLESHEET, StandardCharsets.UTF_8)).split("\n")) {
            String declaration = text.strip();
            if (declaration.startsWith("font-family:") || declaration.startsWith("font:")) {
                String value = declaration.substring(declaration.indexOf(':') + 1).strip();
                if (!value.startsWith("inherit") && !value.contains("\"Noto Sans SC\"")) {
                    without.add(declaration);
                }
            }
        }
        assertThat(without).as("font stacks without \"Noto Sans SC\"").isEmpty();
    }

    /**
     * WCAG 2.1 AA (GB/T 37668): text at least 4.5:1 against what it stands on. A rule that sets its own background is
     * measured on it; a light text colour without one is for the blue header and buttons and is measured on the brand
     * blue; any other text colour (the level and status colours of results, changes and the tree) on white and on
     * the page grey. Chart colours are not text and are not in the stylesheet.
     */
    @Test
    void everyTextColourHasFourAndAHalfToOneAgainstWhatItStandsOn() throws IOException {
        String css = withoutComments(Files.readString(STYLESHEET, StandardCharsets.UTF_8));
        java.util.Map<String, String> variables = new java.util.HashMap<>();
        java.util.regex.Matcher variable = java.util.regex.Pattern.compile("--([\\w-]+):\\s*(#[0-9a-fA-F]{3,6})").matcher(css);
        while (variable.find()) {
            variables.put(variable.group(1), variable.group(2));
        }
        List<String> faint = new ArrayList<>();
        int measured = 0;
        java.util.regex.Matcher rule = java.util.regex.Pattern.compile("([^{}]+)\\{([^{}]*)}").matcher(css);
        while (rule.find()) {
            String body = rule.group(2);
            String colour = colour(body, "(?<![-\\w])color", variables);
            if (colour == null) {
                continue;
            }
            String background = colour(body, "background(?:-color)?", variables);
            List<String> grounds = background != null ? List.of(background)
                    : luminance(colour) > 0.5 ? List.of(variables.get("brand"))
                    : List.of("#ffffff", variables.get("page"));
            for (String ground : grounds) {
                measured++;
                double ratio = contrast(colour, ground);
                if (ratio < 4.5) {
                    faint.add(rule.group(1).strip() + ": " + colour + " on " + ground + " = " + String.format("%.2f", ratio));
                }
            }
        }
        assertThat(measured).as("text colours measured").isGreaterThan(40);
        assertThat(faint).as("text colours under 4.5:1").isEmpty();
    }

    @Test
    void theContrastMeasureIsWcags() {
        assertThat(contrast("#000", "#fff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#767676", "#ffffff")).isEqualTo(4.54, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#777777", "#ffffff")).isLessThan(4.5);
    }

    /** The colour a declaration sets (a hex value or a variable of hex value), or null. */
    private static String colour(String body, String property, java.util.Map<String, String> variables) {
        java.util.regex.Matcher value = java.util.regex.Pattern
                .compile(property + ":\\s*(?:(#[0-9a-fA-F]{3,6})\\b|var\\(--([\\w-]+)\\))").matcher(body);
        if (!value.find()) {
            return null;
        }
        return value.group(1) != null ? value.group(1) : variables.get(value.group(2));
    }

    private static double contrast(String one, String other) {
        double a = luminance(one);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** Relative luminance as WCAG 2.1 defines it. */
    private static double luminance(String hex) {
        String digits = hex.substring(1);
        if (digits.length() == 3) {
            digits = digits.replaceAll("(.)", "$1$1");
        }
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16) / 255.0;
            channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }
}
