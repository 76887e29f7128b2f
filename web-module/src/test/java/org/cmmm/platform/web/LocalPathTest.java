package org.cmmm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/statistics/index.xhtml", "/diagnosis/result.xhtml?id=12", "/report/diagnosis/3.pdf", "/"})
    void aPathOfThePlatformIsKept(String target) {
        assertThat(LocalPath.of(target, "")).hasValue(target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/x", "/\\evil.example", "https://evil.example/", "http:/evil.example",
            "evil.example/x", "", "/a\r\nb", "/ //x", "///evil.example", "javascript:alert(1)"})
    void anAddressElsewhereIsRefused(String target) {
        assertThat(LocalPath.of(target, "")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/other/index.xhtml", "/cmmm//evil.example"})
    void underAContextPathOnlyItsOwnPaths(String target) {
        assertThat(LocalPath.of(target, "/cmmm")).isEmpty();
        assertThat(LocalPath.of("/cmmm/index.xhtml", "/cmmm")).hasValue("/cmmm/index.xhtml");
    }
}
