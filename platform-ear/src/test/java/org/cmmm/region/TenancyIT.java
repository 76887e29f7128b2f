package org.cmmm.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.cmmm.platform.control.AccountPrincipal;
import org.cmmm.platform.control.Role;
import org.cmmm.enterprise.boundary.EnterpriseService;
import org.cmmm.enterprise.entity.Enterprise;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.Subjects;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.it.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tries to break the tenant rule: for each role, every other tenant's enterprise id, by find and by search,
 * must give nothing. Four enterprises: two in Suzhou (different counties), one in Nanjing (same province,
 * other city), one in Hangzhou (other province).
 */
@ExtendWith(ArquillianExtension.class)
class TenancyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.earWithTests(TenancyIT.class);
    }

    @Inject
    EnterpriseService enterprises;

    @Resource(lookup = "java:app/jdbc/cmmm")
    DataSource dataSource;

    private long suzhouHuqiu;
    private long suzhouWuzhong;
    private long nanjing;
    private long hangzhou;
    private String tag;

    @BeforeEach
    void fourEnterprisesInThreeCitiesAndTwoProvinces() {
        TestData data = new TestData(dataSource);
        tag = TestData.unique("租户测试");
        suzhouHuqiu = data.enterprise(tag + "苏州虎丘", "320505");
        suzhouWuzhong = data.enterprise(tag + "苏州吴中", "320506");
        nanjing = data.enterprise(tag + "南京玄武", "320102");
        hangzhou = data.enterprise(tag + "杭州西湖", "330106");
    }

    @Test
    void anEnterpriseUserSeesOnlyItsOwnEnterprise() {
        assertVisible(Subjects.principal(Role.ENTERPRISE, suzhouHuqiu, null), Set.of(suzhouHuqiu));
    }

    @Test
    void aCityAdminSeesTheEnterprisesOfItsCityOnly() {
        assertVisible(Subjects.principal(Role.REGION_ADMIN, null, "/320000/320500/"), Set.of(suzhouHuqiu, suzhouWuzhong));
    }

    @Test
    void aProvinceAdminSeesItsWholeProvinceButNotAnother() {
        assertVisible(Subjects.principal(Role.REGION_ADMIN, null, "/320000/"), Set.of(suzhouHuqiu, suzhouWuzhong, nanjing));
        assertVisible(Subjects.principal(Role.REGION_ADMIN, null, "/330000/"), Set.of(hangzhou));
    }

    @Test
    void aCountyAdminDoesNotSeeTheNeighbouringCounty() {
        assertVisible(Subjects.principal(Role.REGION_ADMIN, null, "/320000/320500/320506/"), Set.of(suzhouWuzhong));
    }

    @Test
    void supportAndAdminSeeEverything() {
        Set<Long> all = Set.of(suzhouHuqiu, suzhouWuzhong, nanjing, hangzhou);
        assertVisible(Subjects.principal(Role.SUPPORT, null, null), all);
        assertVisible(Subjects.principal(Role.ADMIN, null, null), all);
    }

    @Test
    void inconsistentAccountDataSeesNothing() {
        // an enterprise user that also claims a region, a region admin without region: the rule fails closed
        assertVisible(Subjects.principal(Role.ENTERPRISE, suzhouHuqiu, "/320000/"), Set.of());
        assertVisible(Subjects.principal(Role.REGION_ADMIN, null, null), Set.of());
    }

    @Test
    void nobodySignedInIsRefusedBeforeTheTenantRuleIsAsked() {
        for (long id : List.of(suzhouHuqiu, suzhouWuzhong, nanjing, hangzhou)) {
            assertThat(catchThrowableOfType(BusinessException.class, () -> Subjects.anonymous(() -> enterprises.find(id))))
                    .as("anonymous find %d", id).extracting(BusinessException::messageKey).isEqualTo(BusinessException.FORBIDDEN);
            assertThat(catchThrowableOfType(BusinessException.class, () -> Subjects.system(() -> enterprises.find(id))))
                    .as("find %d with no subject at all", id).extracting(BusinessException::messageKey)
                    .isEqualTo(BusinessException.FORBIDDEN);
        }
        assertThat(catchThrowableOfType(BusinessException.class, () -> Subjects.anonymous(() -> enterprises.search(tag, 50))))
                .extracting(BusinessException::messageKey).isEqualTo(BusinessException.FORBIDDEN);
    }

    @Test
    void theNamedCrossRegionCheckStillWorksForAnonymousRegistration() {
        String uscc = Subjects.as(Subjects.principal(Role.SUPPORT, null, null),
                () -> enterprises.find(hangzhou).orElseThrow().getUscc());
        assertThat(Subjects.anonymous(() -> enterprises.usccRegisteredAcrossRegions(uscc))).isTrue();
    }

    private void assertVisible(AccountPrincipal user, Set<Long> visible) {
        Map<Long, String> all = Map.of(suzhouHuqiu, "苏州虎丘", suzhouWuzhong, "苏州吴中", nanjing, "南京玄武", hangzhou, "杭州西湖");
        for (long id : all.keySet()) {
            boolean found = Subjects.as(user, () -> enterprises.find(id)).isPresent();
            assertThat(found).as("%s %s opens %s", user.role(), user.regionPath(), all.get(id)).isEqualTo(visible.contains(id));
            // each kind of search takes its own index and query; the rule holds on every one
            String uscc = new TestData(dataSource).text("select uscc from enterprise where id = ?", id);
            for (String typed : List.of(uscc, uscc.substring(0, 17), tag + all.get(id))) {
                boolean hit = Subjects.as(user, () -> enterprises.search(typed, 50)).stream().anyMatch(e -> e.getId() == id);
                assertThat(hit).as("%s %s searches %s for %s", user.role(), user.regionPath(), typed, all.get(id))
                        .isEqualTo(visible.contains(id));
            }
        }
        List<Long> byFirstCharacter = Subjects.as(user, () -> enterprises.search(tag.substring(0, 1), 50)).stream()
                .map(Enterprise::getId).toList();
        assertThat(byFirstCharacter).as("%s %s searches by the first character", user.role(), user.regionPath())
                .allMatch(hit -> !all.containsKey(hit) || visible.contains(hit));
        List<Long> searched = Subjects.as(user, () -> enterprises.search(tag, 50)).stream().map(Enterprise::getId).toList();
        assertThat(searched).as("%s %s searches", user.role(), user.regionPath()).containsExactlyInAnyOrderElementsOf(visible);
        assertThat(Subjects.as(user, () -> enterprises.find(Long.MAX_VALUE))).isEmpty();
    }
}
