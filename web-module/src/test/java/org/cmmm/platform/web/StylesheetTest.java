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

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }
}
