package org.cmmm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
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

/** Every string of the pages exists in Chinese and in English, and the two bundles have the same keys. */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/cmmm/web");
    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern KEY_IN_PAGE = Pattern.compile("msg\\['([^']+)'\\]");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages_zh_CN.properties").stringPropertyNames());
    }

    @Test
    void noMessageIsBlank() throws IOException {
        for (String bundle : new String[] {"messages_zh_CN.properties", "messages_en.properties"}) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames())
                    .as("blank messages in " + bundle)
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void everyKeyUsedInAPageIsInTheBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = KEY_IN_PAGE.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("messages_zh_CN.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("messages_en.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void theChineseBundleIsReallyChinese() throws IOException {
        assertThat(load("messages_zh_CN.properties").getProperty("platform.name")).isEqualTo("智能制造能力成熟度自诊断平台");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
