package org.cmmm.region.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.cmmm.platform.control.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionPathTest {

    private static final RegionPath JIANGSU = RegionPath.of(List.of("320000"));
    private static final RegionPath SUZHOU = RegionPath.of(List.of("320000", "320500"));
    private static final RegionPath SIP = RegionPath.of(List.of("320000", "320500", "320571"));
    private static final RegionPath SUZHOU_ZONE = RegionPath.of(List.of("320000", "320500", "320500-01"));
    private static final RegionPath WUXI = RegionPath.of(List.of("320000", "320200"));
    private static final RegionPath ZHEJIANG = RegionPath.of(List.of("330000"));

    @Test
    void thePathIsTheCodesBetweenSlashes() {
        assertThat(SIP).hasToString("/320000/320500/320571/");
        assertThat(SUZHOU_ZONE).hasToString("/320000/320500/320500-01/");
        assertThat(RegionPath.parse("/320000/320500/320571/")).isEqualTo(SIP);
        assertThat(RegionPath.parse(SUZHOU_ZONE.toString())).isEqualTo(SUZHOU_ZONE);
    }

    @Test
    void childParentDepthAndCode() {
        assertThat(SUZHOU.child("320571")).isEqualTo(SIP);
        assertThat(SUZHOU.child(RegionCode.parse("320500-01"))).isEqualTo(SUZHOU_ZONE);
        assertThat(SIP.parent()).contains(SUZHOU);
        assertThat(SUZHOU.parent()).contains(JIANGSU);
        assertThat(JIANGSU.parent()).isEmpty();
        assertThat(JIANGSU.depth()).isEqualTo(1);
        assertThat(SIP.depth()).isEqualTo(3);
        assertThat(SIP.code()).isEqualTo(RegionCode.parse("320571"));
        assertThat(SUZHOU_ZONE.child("320500-01-01")).hasToString("/320000/320500/320500-01/320500-01-01/");
    }

    @Test
    void aRegionContainsItselfAndEverythingBelow() {
        assertThat(SUZHOU.contains(SUZHOU)).isTrue();
        assertThat(SUZHOU.contains(SIP)).isTrue();
        assertThat(SUZHOU.contains(SUZHOU_ZONE)).isTrue();
        assertThat(JIANGSU.contains(SIP)).isTrue();
        assertThat(JIANGSU.contains(SUZHOU_ZONE.child("320500-01-03"))).isTrue();
    }

    @Test
    void aRegionDoesNotContainItsParentsSiblingsOrTheirChildren() {
        assertThat(SIP.contains(SUZHOU)).isFalse();
        assertThat(SUZHOU.contains(JIANGSU)).isFalse();
        assertThat(SUZHOU.contains(WUXI)).isFalse();
        assertThat(WUXI.contains(SIP)).isFalse();
        assertThat(SIP.contains(SUZHOU_ZONE)).isFalse();
        assertThat(SUZHOU_ZONE.contains(SIP)).isFalse();
        assertThat(JIANGSU.contains(ZHEJIANG)).isFalse();
        assertThat(JIANGSU.contains(null)).isFalse();
    }

    @Test
    void theLikePatternCoversTheSubtreeOnWholeCodes() {
        assertThat(SUZHOU.likePattern()).isEqualTo("/320000/320500/%");
        Pattern like = Pattern.compile(Pattern.quote("/320000/320500/") + ".*");
        assertThat(like.matcher(SUZHOU.toString()).matches()).isTrue();
        assertThat(like.matcher(SIP.toString()).matches()).isTrue();
        assertThat(like.matcher(SUZHOU_ZONE.toString()).matches()).isTrue();
        // rows whose codes merely begin with the same characters do not match
        assertThat(like.matcher("/320000/3205001/").matches()).isFalse();
        assertThat(like.matcher("/320000/320500-01/").matches()).isFalse();
        assertThat(SUZHOU.likePattern()).doesNotContain("_").containsOnlyOnce("%");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "/", "//", "320000/320500/", "/320000/320500", "/320000//320500/", "/320000/3205001/",
            "/320000/320500/ /", "/320000 /", "/320500/",        // not starting at a province
            "/320000/330100/",                                    // a city of another province
            "/320000/320500/320671/",                             // a county of another city
            "/320000/320500-01/",                                 // support-created region under the wrong parent
            "/320000/320500/320571/320500-01/",
            "/320000/320000/", "/320000/320500/320500/"})        // a region below itself
    void malformedPathsAreRefused(String path) {
        assertThatThrownBy(() -> RegionPath.parse(path))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("region.path.malformed"));
    }

    @Test
    void malformedCodeListsAreRefused() {
        for (List<String> codes : List.of(List.<String>of(), List.of("320500", "320571"), List.of("320000", "3205"),
                List.of("320000", "320500", "320671"))) {
            assertThatThrownBy(() -> RegionPath.of(codes))
                    .as("%s", codes)
                    .isInstanceOfSatisfying(BusinessException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("region.path.malformed"));
        }
        assertThatThrownBy(() -> RegionPath.of(null)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> new RegionPath(java.util.Arrays.asList(RegionCode.parse("320000"), null)))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void aChildMustBeAbleToSitBelowThePath() {
        assertThatThrownBy(() -> SIP.child("320572")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> SUZHOU.child("320600")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> SUZHOU.child("320500-00")).isInstanceOf(BusinessException.class);
    }
}
