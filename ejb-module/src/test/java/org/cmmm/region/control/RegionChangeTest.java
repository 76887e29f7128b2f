package org.cmmm.region.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cmmm.platform.control.Role;
import org.cmmm.platform.control.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionChangeTest {

    private static final RegionCode SUZHOU = RegionCode.parse("320500");

    @Test
    void theFirstZoneUnderACityIsNumberOne() {
        assertThat(RegionChange.nextZoneCode(SUZHOU, List.of("320505", "320506", "320571")).value()).isEqualTo("320500-01");
    }

    @Test
    void theNextZoneTakesTheLowestFreeNumber() {
        assertThat(RegionChange.nextZoneCode(SUZHOU, List.of("320505", "320500-01", "320500-02", "320500-04")).value())
                .isEqualTo("320500-03");
    }

    @Test
    void aZoneUnderAZoneExtendsItsCode() {
        assertThat(RegionChange.nextZoneCode(RegionCode.parse("320500-01"), List.of()).value()).isEqualTo("320500-01-01");
    }

    @Test
    void ninetyNineZonesFillARegion() {
        List<String> all = new ArrayList<>();
        for (int i = 1; i <= 99; i++) {
            all.add(SUZHOU.customChild(i).value());
        }
        assertThatThrownBy(() -> RegionChange.nextZoneCode(SUZHOU, all))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo(RegionChange.FAULT_FULL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"园区", "苏州高铁新城", "  苏州高铁新城  ", "Suzhou High-speed Rail New Town",
            "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"})
    void aNameOfTwoToFiftyCharactersIsAccepted(String name) {
        assertThat(RegionChange.nameFault(name)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"园", "  园  ",
            "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"})
    void aNameShorterThanTwoOrLongerThanFiftyIsRefused(String name) {
        assertThat(RegionChange.nameFault(name)).hasValue(RegionChange.FAULT_NAME_LENGTH);
    }

    @Test
    void aReasonOfFiveToFiveHundredCharactersIsAccepted() {
        assertThat(RegionChange.reasonFault("市工信局来函")).isEmpty();
        assertThat(RegionChange.reasonFault("x".repeat(500))).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"来函", "    四个字    "})
    void aReasonOfFewerThanFiveCharactersIsRefused(String reason) {
        assertThat(RegionChange.reasonFault(reason)).hasValue(RegionChange.FAULT_REASON_LENGTH);
    }

    @Test
    void aReasonLongerThanTheAuditColumnIsRefused() {
        assertThat(RegionChange.reasonFault("x".repeat(501))).hasValue(RegionChange.FAULT_REASON_LENGTH);
    }

    @Test
    void bothFaultsAreReportedAtOnceByField() {
        assertThat(RegionChange.violations("园", "短")).containsExactly(
                Map.entry("name", RegionChange.FAULT_NAME_LENGTH), Map.entry("reason", RegionChange.FAULT_REASON_LENGTH));
        assertThat(RegionChange.violations("高铁新城", "市工信局来函")).isEmpty();
    }

    @Test
    void aSiblingsNameIsTakenButTheRegionsOwnNameIsNot() {
        Map<String, String> siblings = Map.of("320505", "虎丘区", "320500-01", "高铁新城");
        assertThat(RegionChange.nameTaken(" 高铁新城 ", siblings, null)).isTrue();
        assertThat(RegionChange.nameTaken("高铁新城", siblings, "320500-01")).isFalse();
        assertThat(RegionChange.nameTaken("太湖新城", siblings, null)).isFalse();
    }
}
