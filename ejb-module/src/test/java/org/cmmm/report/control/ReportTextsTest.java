package org.cmmm.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text key the report's code uses is in its Chinese and its English bundle, and the two hold the same keys. */
class ReportTextsTest {

    private static final Pattern KEY = Pattern.compile("\"(report\\.[a-zA-Z0-9.]+)\"");

    @Test
    void everyKeyOfTheReportIsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/cmmm/report"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher key = KEY.matcher(Files.readString(source));
                while (key.find()) {
                    used.add(key.group(1));
                }
            }
        }
        assertThat(used).as("keys found in the report's code").hasSizeGreaterThan(40);
        // a prefix the code builds keys from ("report.size." + size) stands for every key it can build
        Set<String> prefixes = new TreeSet<>(used.stream().filter(key -> key.endsWith(".")).toList());
        assertThat(prefixes).as("prefixes with their values listed here").containsExactly("report.size.");
        used.removeAll(prefixes);
        for (org.cmmm.enterprise.control.EnterpriseSize size : org.cmmm.enterprise.control.EnterpriseSize.values()) {
            used.add("report.size." + size.name());
        }
        Set<String> chinese = keys("report_zh_CN.properties");
        Set<String> english = keys("report_en.properties");
        assertThat(chinese).containsAll(used);
        assertThat(english).isEqualTo(chinese);
    }

    private static Set<String> keys(String file) throws IOException {
        try (InputStream in = ReportTextsTest.class.getResourceAsStream("/org/cmmm/report/control/" + file)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }
}
