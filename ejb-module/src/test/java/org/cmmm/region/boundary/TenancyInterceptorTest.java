package org.cmmm.region.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.cmmm.region.control.RegionPath;
import org.cmmm.region.control.TenantScope;
import org.cmmm.region.entity.Tenancy;
import org.junit.jupiter.api.Test;

/** How each tenant scope becomes the two criteria parameters. */
class TenancyInterceptorTest {

    @Test
    void anEnterpriseUserIsLimitedByEnterpriseNotByRegion() {
        TenantScope own = new TenantScope.OwnEnterprise(42);
        assertThat(TenancyInterceptor.regionPattern(own)).isEqualTo(Tenancy.ALL_REGIONS);
        assertThat(TenancyInterceptor.enterpriseId(own)).isEqualTo(42);
    }

    @Test
    void aRegionalAdminIsLimitedToItsSubtree() {
        TenantScope subtree = new TenantScope.RegionSubtree(RegionPath.parse("/320000/320500/"));
        assertThat(TenancyInterceptor.regionPattern(subtree)).isEqualTo("/320000/320500/%");
        assertThat(TenancyInterceptor.enterpriseId(subtree)).isZero();
    }

    @Test
    void everythingIsUnlimited() {
        assertThat(TenancyInterceptor.regionPattern(new TenantScope.Everything())).isEqualTo("%");
        assertThat(TenancyInterceptor.enterpriseId(new TenantScope.Everything())).isZero();
    }

    @Test
    void noAccessMatchesNoPathAndNoEnterprise() {
        assertThat(TenancyInterceptor.regionPattern(new TenantScope.NoAccess())).isEqualTo(Tenancy.NO_REGION);
        assertThat(TenancyInterceptor.enterpriseId(new TenantScope.NoAccess())).isEqualTo(-1);
        assertThat("/110000/").doesNotStartWith(Tenancy.NO_REGION);
    }
}
