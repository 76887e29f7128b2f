package org.cmmm.region.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.region.control.RegionPath;
import org.cmmm.region.control.TenantScope;
import org.junit.jupiter.api.Test;

/**
 * How each tenant scope becomes the two criteria parameters, and that the criteria of {@code Tenancy} fed with
 * them let through exactly the enterprises the scope permits. The database is played by an emulation of SQL
 * {@code LIKE} ({@code %} any run of characters, {@code _} any one character, everything else itself) and of
 * {@code (:enterprise = 0 OR id = :enterprise)}.
 */
class TenancyInterceptorTest {

    /** Enterprises by id and region path, as rows of the database. */
    private record Row(long id, String regionPath) {
    }

    private static final List<Row> ROWS = List.of(
            new Row(1, "/110000/110100/110101/"),          // Beijing, Dongcheng
            new Row(41, "/320000/"),                        // Jiangsu itself
            new Row(42, "/320000/320500/"),                 // Suzhou itself
            new Row(43, "/320000/320500/320571/"),          // Suzhou Industrial Park
            new Row(44, "/320000/320500/320500-01/"),       // a zone support created under Suzhou
            new Row(45, "/320000/320600/320602/"));         // Nantong, Chongchuan

    @Test
    void anEnterpriseUserIsLimitedByEnterpriseNotByRegion() {
        TenantScope own = new TenantScope.OwnEnterprise(43);

        assertThat(TenancyInterceptor.regionPattern(own)).isEqualTo("%");
        assertThat(TenancyInterceptor.enterpriseId(own)).isEqualTo(43);
        assertThat(visible(own)).containsExactly(43L);
    }

    @Test
    void aRegionalAdminIsLimitedToItsSubtree() {
        TenantScope suzhou = new TenantScope.RegionSubtree(RegionPath.parse("/320000/320500/"));

        assertThat(TenancyInterceptor.regionPattern(suzhou)).isEqualTo("/320000/320500/%");
        assertThat(TenancyInterceptor.enterpriseId(suzhou)).isZero();
        // Suzhou itself and what lies below it; not the province above nor a sibling city
        assertThat(visible(suzhou)).containsExactly(42L, 43L, 44L);
    }

    @Test
    void everythingIsUnlimited() {
        TenantScope everything = new TenantScope.Everything();

        assertThat(TenancyInterceptor.regionPattern(everything)).isEqualTo("%");
        assertThat(TenancyInterceptor.enterpriseId(everything)).isZero();
        assertThat(visible(everything)).containsExactly(1L, 41L, 42L, 43L, 44L, 45L);
    }

    @Test
    void noAccessMatchesNoPathAndNoEnterprise() {
        TenantScope none = new TenantScope.NoAccess();

        assertThat(TenancyInterceptor.regionPattern(none)).isEqualTo("-");
        assertThat(TenancyInterceptor.enterpriseId(none)).isEqualTo(-1);
        assertThat(visible(none)).isEmpty();
        // without a wildcard LIKE matches only the pattern itself, and that is no region path: no row can carry it
        assertThat(like("-", "-")).isTrue();
        assertThatThrownBy(() -> RegionPath.parse("-"))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(RegionPath.FAULT_MALFORMED));
    }

    @Test
    void theCriteriaLetThroughExactlyWhatEachScopePermits() {
        // the interceptor's parameters and TenantScope.permits are two writings of one rule: they must agree
        List<TenantScope> scopes = List.of(new TenantScope.OwnEnterprise(1), new TenantScope.OwnEnterprise(44),
                new TenantScope.RegionSubtree(RegionPath.parse("/320000/")),
                new TenantScope.RegionSubtree(RegionPath.parse("/320000/320500/320571/")),
                new TenantScope.RegionSubtree(RegionPath.parse("/330000/")),
                new TenantScope.Everything(), new TenantScope.NoAccess());
        for (TenantScope scope : scopes) {
            List<Long> permitted = ROWS.stream()
                    .filter(row -> scope.permits(row.id(), RegionPath.parse(row.regionPath())))
                    .map(Row::id)
                    .toList();
            assertThat(visible(scope)).as(scope.toString()).isEqualTo(permitted);
        }
    }

    /** The ids of the rows {@code regionPath LIKE :region AND (:enterprise = 0 OR id = :enterprise)} selects. */
    private static List<Long> visible(TenantScope scope) {
        String region = TenancyInterceptor.regionPattern(scope);
        long enterprise = TenancyInterceptor.enterpriseId(scope);
        return ROWS.stream()
                .filter(row -> like(row.regionPath(), region) && (enterprise == 0 || row.id() == enterprise))
                .map(Row::id)
                .toList();
    }

    /** SQL {@code value LIKE pattern} without an escape character. */
    private static boolean like(String value, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
    }
}
