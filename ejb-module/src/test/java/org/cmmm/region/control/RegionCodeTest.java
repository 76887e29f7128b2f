package org.cmmm.region.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cmmm.platform.control.BusinessException;
import org.cmmm.region.control.RegionCode.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource({
            "320000,       PROVINCE",
            "110000,       PROVINCE",
            "320500,       CITY",
            "429000,       CITY",
            "320571,       COUNTY",
            "429004,       COUNTY",
            "320500-01,    CUSTOM",
            "320571-99,    CUSTOM",
            "320500-01-02, CUSTOM"})
    void theKindIsReadFromTheCode(String code, Kind kind) {
        assertThat(RegionCode.parse(code).kind()).isEqualTo(kind);
        assertThat(RegionCode.validate(code)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "32050", "3205001", "32O500", "320500-1", "320500-001", "320500-", "320500/01", "-01",
            "000000", "001100",      // no province 00
            "320071",                 // a county pair without a prefecture pair
            "320500-00",              // 00 would be the parent itself
            "320500-01-00", " 320500-01x"})
    void malformedCodesAreRefused(String code) {
        assertThat(RegionCode.validate(code)).contains("region.code.invalid");
        assertThatThrownBy(() -> new RegionCode(code))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("region.code.invalid"));
    }

    @Test
    void parseDropsSurroundingBlanks() {
        assertThat(RegionCode.parse(" 320500 ")).isEqualTo(new RegionCode("320500"));
    }

    @Test
    void aSupportCreatedRegionKnowsTheRegionItWasCreatedUnder() {
        assertThat(RegionCode.parse("320500-01").customParent()).contains(RegionCode.parse("320500"));
        assertThat(RegionCode.parse("320500-01-02").customParent()).contains(RegionCode.parse("320500-01"));
        assertThat(RegionCode.parse("320571").customParent()).isEmpty();
    }

    @Test
    void supportNumbersNewRegionsFrom01To99() {
        RegionCode suzhou = RegionCode.parse("320500");
        assertThat(suzhou.customChild(1)).hasToString("320500-01");
        assertThat(suzhou.customChild(99)).hasToString("320500-99");
        assertThatThrownBy(() -> suzhou.customChild(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> suzhou.customChild(100)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "320000, 320500,       true",   // city below its province
            "320000, 320571,       true",   // county below its province (no prefecture level kept)
            "420000, 429004,       true",   // 省直辖县
            "320500, 320571,       true",   // county below its city
            "320500, 320500-01,    true",   // support-created below the region its code names
            "320571, 320571-01,    true",
            "320500-01, 320500-01-01, true",
            "320000, 330100,       false",  // city of another province
            "320500, 320671,       false",  // county of another city
            "320000, 320000,       false",  // itself
            "320000, 330000,       false",  // a province below a province
            "320500, 320600,       false",  // a city below a city
            "320571, 320572,       false",  // nothing of GB/T 2260 below a county
            "320000, 320500-01,    false",  // support-created, but named after another parent
            "320500-01, 320571,    false"})
    void whatMaySitDirectlyBelowWhat(String parent, String child, boolean admitted) {
        assertThat(RegionCode.parse(parent).admitsChild(RegionCode.parse(child))).isEqualTo(admitted);
    }
}
