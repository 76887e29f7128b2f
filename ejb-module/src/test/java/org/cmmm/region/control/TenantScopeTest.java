package org.cmmm.region.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cmmm.platform.control.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TenantScopeTest {

    private static final RegionPath JIANGSU = RegionPath.parse("/320000/");
    private static final RegionPath SUZHOU = RegionPath.parse("/320000/320500/");
    private static final RegionPath SIP = RegionPath.parse("/320000/320500/320571/");
    private static final RegionPath SUZHOU_ZONE = RegionPath.parse("/320000/320500/320500-01/");
    private static final RegionPath SUZHOU_ZONE_PART = RegionPath.parse("/320000/320500/320500-01/320500-01-01/");
    private static final RegionPath CHANGSHU = RegionPath.parse("/320000/320500/320581/");
    private static final RegionPath WUXI = RegionPath.parse("/320000/320200/");
    private static final RegionPath WUXI_COUNTY = RegionPath.parse("/320000/320200/320205/");
    private static final RegionPath HANGZHOU = RegionPath.parse("/330000/330100/");

    @Nested
    class Enterprise {

        private final TenantScope scope = TenantScope.of(Role.ENTERPRISE, 42L, null);

        @Test
        void seesItself() {
            assertThat(scope).isEqualTo(new TenantScope.OwnEnterprise(42));
            assertThat(scope.permits(42, SIP)).isTrue();
        }

        @Test
        void seesNoOtherEnterpriseEvenInItsOwnRegion() {
            assertThat(scope.permits(43, SIP)).isFalse();
            assertThat(scope.permits(41, HANGZHOU)).isFalse();
        }

        @Test
        void withoutAnEnterpriseOrWithARegionItSeesNothing() {
            assertThat(TenantScope.of(Role.ENTERPRISE, null, null)).isEqualTo(new TenantScope.NoAccess());
            assertThat(TenantScope.of(Role.ENTERPRISE, 0L, null)).isEqualTo(new TenantScope.NoAccess());
            assertThat(TenantScope.of(Role.ENTERPRISE, 42L, SUZHOU)).isEqualTo(new TenantScope.NoAccess());
        }
    }

    @Nested
    class RegionAdmin {

        private final TenantScope suzhouAdmin = TenantScope.of(Role.REGION_ADMIN, null, SUZHOU);

        @Test
        void seesItsRegionAndEverythingBelow() {
            assertThat(suzhouAdmin).isEqualTo(new TenantScope.RegionSubtree(SUZHOU));
            for (RegionPath inside : List.of(SUZHOU, SIP, CHANGSHU, SUZHOU_ZONE, SUZHOU_ZONE_PART)) {
                assertThat(suzhouAdmin.permits(1, inside)).as("%s", inside).isTrue();
            }
        }

        @Test
        void seesNothingAboveBesideOrInAnotherProvince() {
            for (RegionPath outside : List.of(JIANGSU, WUXI, WUXI_COUNTY, HANGZHOU)) {
                assertThat(suzhouAdmin.permits(1, outside)).as("%s", outside).isFalse();
            }
            assertThat(suzhouAdmin.permits(1, null)).isFalse();
        }

        @Test
        void aCountyAdminDoesNotSeeASiblingCountyOrTheZoneBesideIt() {
            TenantScope sipAdmin = TenantScope.of(Role.REGION_ADMIN, null, SIP);
            assertThat(sipAdmin.permits(1, SIP)).isTrue();
            assertThat(sipAdmin.permits(1, SIP.child("320571-01"))).isTrue();
            assertThat(sipAdmin.permits(1, CHANGSHU)).isFalse();
            assertThat(sipAdmin.permits(1, SUZHOU_ZONE)).isFalse();
            assertThat(sipAdmin.permits(1, SUZHOU)).isFalse();
        }

        @Test
        void aZoneAdminSeesOnlyTheZone() {
            TenantScope zoneAdmin = TenantScope.of(Role.REGION_ADMIN, null, SUZHOU_ZONE);
            assertThat(zoneAdmin.permits(1, SUZHOU_ZONE)).isTrue();
            assertThat(zoneAdmin.permits(1, SUZHOU_ZONE_PART)).isTrue();
            assertThat(zoneAdmin.permits(1, SUZHOU)).isFalse();
            assertThat(zoneAdmin.permits(1, SIP)).isFalse();
        }

        @Test
        void aProvinceAdminSeesTheWholeProvinceOnly() {
            TenantScope jiangsuAdmin = TenantScope.of(Role.REGION_ADMIN, null, JIANGSU);
            assertThat(jiangsuAdmin.permits(1, WUXI_COUNTY)).isTrue();
            assertThat(jiangsuAdmin.permits(1, SUZHOU_ZONE_PART)).isTrue();
            assertThat(jiangsuAdmin.permits(1, HANGZHOU)).isFalse();
        }

        @Test
        void withoutARegionOrWithAnEnterpriseItSeesNothing() {
            assertThat(TenantScope.of(Role.REGION_ADMIN, null, null)).isEqualTo(new TenantScope.NoAccess());
            assertThat(TenantScope.of(Role.REGION_ADMIN, 42L, SUZHOU)).isEqualTo(new TenantScope.NoAccess());
        }
    }

    @Nested
    class SupportAndAdmin {

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"SUPPORT", "ADMIN"})
        void seeEveryEnterpriseEverywhere(Role role) {
            TenantScope scope = TenantScope.of(role, null, null);
            assertThat(scope).isEqualTo(new TenantScope.Everything());
            assertThat(scope.permits(1, SIP)).isTrue();
            assertThat(scope.permits(2, HANGZHOU)).isTrue();
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"SUPPORT", "ADMIN"})
        void withAnEnterpriseOrARegionTheySeeNothing(Role role) {
            assertThat(TenantScope.of(role, 42L, null)).isEqualTo(new TenantScope.NoAccess());
            assertThat(TenantScope.of(role, null, SUZHOU)).isEqualTo(new TenantScope.NoAccess());
        }
    }

    @Test
    void withoutARoleNothingIsVisible() {
        TenantScope scope = TenantScope.of(null, 42L, SUZHOU);
        assertThat(scope).isEqualTo(new TenantScope.NoAccess());
        assertThat(scope.permits(42, SUZHOU)).isFalse();
    }

    @Test
    void theFiguresOfAWholeRegionAreOnlyForItsAuthorityAndThoseAboveNeverForAnEnterprise() {
        TenantScope city = TenantScope.of(Role.REGION_ADMIN, null, SUZHOU);
        assertThat(city.permitsRegion(SUZHOU)).isTrue();
        assertThat(city.permitsRegion(SIP)).isTrue();
        assertThat(city.permitsRegion(SUZHOU_ZONE_PART)).isTrue();
        assertThat(city.permitsRegion(JIANGSU)).as("the province above").isFalse();
        assertThat(city.permitsRegion(WUXI)).isFalse();
        assertThat(city.permitsRegion(null)).as("the nation").isFalse();
        assertThat(TenantScope.of(Role.SUPPORT, null, null).permitsRegion(null)).isTrue();
        assertThat(TenantScope.of(Role.ADMIN, null, null).permitsRegion(HANGZHOU)).isTrue();
        assertThat(TenantScope.of(Role.ENTERPRISE, 42L, null).permitsRegion(SUZHOU)).isFalse();
        assertThat(new TenantScope.NoAccess().permitsRegion(null)).isFalse();
    }
}
