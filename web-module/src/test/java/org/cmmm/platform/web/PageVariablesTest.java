package org.cmmm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No page names a variable of its own (a loop's {@code var}, {@code varStatus}, {@code columnIndexVar},
 * {@code rowIndexVar}, a {@code ui:param}) like one of the implicit objects of Faces' EL. EL resolves the implicit
 * object first, so {@code <p:columns var="header">} printed the request's headers — the session cookie among them —
 * where the column title belonged (issue 25, finding 1).
 */
class PageVariablesTest {

    private static final Path PAGES = Path.of("src/main/webapp");

    /** Jakarta Faces 4 / Jakarta EL implicit objects (Faces spec 5.6.2.1, EL's own and the scopes). */
    static final Set<String> IMPLICIT = Set.of("application", "applicationScope", "cc", "component", "cookie",
            "facesContext", "flash", "flowScope", "header", "headerValues", "initParam", "param", "paramValues",
            "request", "requestScope", "resource", "session", "sessionScope", "view", "viewScope");

    private static final Pattern DECLARATION = Pattern.compile(
            "\\b(?:var|varStatus|columnIndexVar|rowIndexVar|indexVar)=\"([^\"#]+)\"|<ui:param\\s+name=\"([^\"]+)\"");

    @Test
    void noPageNamesAVariableLikeAnImplicitObject() {
        List<String> clashes = new ArrayList<>();
        pages().forEach(page -> clashes.addAll(clashes(page, read(page))));
        assertThat(clashes).isEmpty();
    }

    @Test
    void theRuleFindsTheLoopVariableThatPrintedTheHeaders() {
        String planted = "<p:columns value=\"#{b.subDomainHeaders}\" var=\"header\" headerText=\"#{header}\"/>"
                + "<ui:repeat value=\"#{b.rows}\" var=\"row\" varStatus=\"view\"/><ui:param name=\"cookie\" value=\"1\"/>";
        assertThat(clashes(Path.of("planted.xhtml"), planted)).hasSize(3);
    }

    static List<String> clashes(Path page, String text) {
        List<String> found = new ArrayList<>();
        Matcher declaration = DECLARATION.matcher(text);
        while (declaration.find()) {
            String name = declaration.group(1) != null ? declaration.group(1) : declaration.group(2);
            if (IMPLICIT.contains(name.strip())) {
                found.add(page + ": " + declaration.group());
            }
        }
        return found;
    }

    private static Stream<Path> pages() {
        try {
            return Files.walk(PAGES).filter(path -> path.toString().endsWith(".xhtml")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path page) {
        try {
            return Files.readString(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
