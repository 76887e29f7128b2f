package org.cmmm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void englishIsChosenOnlyByItsCode() {
        assertThat(Language.parse("en")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void everythingElseIsChinese() {
        assertThat(Language.parse("zh_CN")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Language.parse("fr")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Language.parse("")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Language.parse(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
