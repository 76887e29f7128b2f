package org.cmmm.region.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RegionNamesTest {

    @Test
    void inEnglishTheNameIsWrittenInPinyinBesideTheOfficialName() {
        assertThat(RegionNames.inLanguage("苏州市", Locale.ENGLISH)).isEqualTo("Suzhou Shi (苏州市)");
        assertThat(RegionNames.inLanguage("江苏省", Locale.ENGLISH)).isEqualTo("Jiangsu Sheng (江苏省)");
        assertThat(RegionNames.inLanguage("虎丘区", Locale.ENGLISH)).isEqualTo("Huqiu Qu (虎丘区)");
        assertThat(RegionNames.inLanguage("苏州市", Locale.SIMPLIFIED_CHINESE)).isEqualTo("苏州市");
    }

    @Test
    void theKindOfRegionStandsApartTheLongestKindFirst() {
        assertThat(RegionNames.pinyin("广西壮族自治区")).isEqualTo("Guangxizhuangzu Zizhiqu");
        assertThat(RegionNames.pinyin("长阳土家族自治县")).endsWith(" Zizhixian");
        assertThat(RegionNames.pinyin("北京市")).isEqualTo("Beijing Shi");
    }

    @Test
    void placeNamesWithCharactersOfSeveralReadingsAreReadAsPlaceNames() {
        assertThat(RegionNames.pinyin("重庆市")).isEqualTo("Chongqing Shi");
        assertThat(RegionNames.pinyin("厦门市")).isEqualTo("Xiamen Shi");
        assertThat(RegionNames.pinyin("蚌埠市")).isEqualTo("Bengbu Shi");
        assertThat(RegionNames.pinyin("六安市")).isEqualTo("Luan Shi");
    }
}
