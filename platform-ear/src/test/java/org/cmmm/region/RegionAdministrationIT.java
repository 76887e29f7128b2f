package org.cmmm.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.cmmm.platform.control.AccountPrincipal;
import org.cmmm.platform.control.Role;
import org.cmmm.enterprise.boundary.EnterpriseService;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.Subjects;
import org.cmmm.it.TestData;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.region.boundary.RegionAdministration;
import org.cmmm.region.boundary.RegionService;
import org.cmmm.region.control.RegionChange;
import org.cmmm.region.entity.Region;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Support adds a development zone under Suzhou, renames it, takes it out of use and back, on MariaDB; every
 * change leaves an audit row; an enterprise user and an anonymous caller are refused; nothing is ever deleted.
 */
@ExtendWith(ArquillianExtension.class)
class RegionAdministrationIT {

    private static final String SUZHOU = "320500";
    private static final String REASON = "苏州市工信局来函新增";
    private static final AccountPrincipal SUPPORT = Subjects.principal(Role.SUPPORT, null, null);

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.earWithTests(RegionAdministrationIT.class);
    }

    @Inject
    RegionAdministration administration;

    @Inject
    RegionService regions;

    @Inject
    EnterpriseService enterprises;

    @Resource(lookup = "java:app/jdbc/cmmm")
    DataSource dataSource;

    @Test
    void supportCreatesAZoneUnderACityWithTheNextFreeCodeAndThePathBelowIt() {
        List<String> before = asSupport(() -> administration.children(SUZHOU)).stream().map(Region::getCode).toList();
        // the lowest two-digit sequence no zone of Suzhou has yet, counted here rather than asked of the rule
        int free = 1;
        while (before.contains(String.format("320500-%02d", free))) {
            free++;
        }
        String expected = String.format("320500-%02d", free);
        int following = free + 1;
        while (before.contains(String.format("320500-%02d", following))) {
            following++;
        }
        String name = TestData.unique("高铁新城");

        Region zone = asSupport(() -> administration.createZone(SUZHOU, name, REASON));
        Region next = asSupport(() -> administration.createZone(SUZHOU, TestData.unique("太湖新城"), REASON));

        assertThat(zone.getCode()).isEqualTo(expected);
        assertThat(next.getCode()).isEqualTo(String.format("320500-%02d", following));
        assertThat(zone.getPath()).isEqualTo("/320000/320500/" + expected + "/");
        assertThat(zone.getLevel()).isEqualTo(Region.Kind.ZONE);
        assertThat(zone.isCustom()).isTrue();
        assertThat(zone.isActive()).isTrue();
        assertThat(Subjects.anonymous(() -> regions.children(SUZHOU))).extracting(Region::getCode, Region::getName)
                .contains(org.assertj.core.groups.Tuple.tuple(expected, name));
        assertThat(audits(RegionAdministration.ACTION_CREATE, expected)).isEqualTo(1);
    }

    @Test
    void twoZonesUnderTheSameRegionGetDifferentCodes() {
        Region first = asSupport(() -> administration.createZone(SUZHOU, TestData.unique("甲园区"), REASON));
        Region second = asSupport(() -> administration.createZone(SUZHOU, TestData.unique("乙园区"), REASON));
        assertThat(second.getCode()).isNotEqualTo(first.getCode()).startsWith("320500-");
    }

    @Test
    void aZoneCanBeCreatedUnderACountyAndUnderAZone() {
        Region park = asSupport(() -> administration.createZone("320505", TestData.unique("科技城"), REASON));
        Region inner = asSupport(() -> administration.createZone(park.getCode(), TestData.unique("创新港"), REASON));
        assertThat(park.getPath()).isEqualTo("/320000/320500/320505/" + park.getCode() + "/");
        assertThat(inner.getCode()).isEqualTo(park.getCode() + "-01");
        assertThat(inner.getPath()).isEqualTo(park.getPath() + inner.getCode() + "/");
    }

    @Test
    void supportRenamesAZoneAndTheAuditKeepsTheOldAndNewName() {
        String oldName = TestData.unique("旧名新城");
        String newName = TestData.unique("新名新城");
        Region zone = asSupport(() -> administration.createZone(SUZHOU, oldName, REASON));

        asSupport(() -> administration.rename(zone.getCode(), newName, "更正地区名称"));

        assertThat(regions.find(zone.getCode())).get().extracting(Region::getName).isEqualTo(newName);
        assertThat(new TestData(dataSource).count("select count(*) from audit_entry where action = ? and target_type = 'REGION'"
                        + " and target_id = ? and before_value = ? and after_value = ? and reason = ? and actor = ?",
                RegionAdministration.ACTION_RENAME, zone.getCode(), oldName, newName, "更正地区名称", SUPPORT.userName()))
                .isEqualTo(1);
    }

    @Test
    void aStandardRegionCannotBeRenamed() {
        BusinessException refused = catchThrowableOfType(BusinessException.class,
                () -> asSupport(() -> administration.rename("320505", "改名测试", REASON)));
        assertThat(refused.messageKey()).isEqualTo("region.rename.standard");
        assertThat(regions.find("320505")).get().extracting(Region::getName).isEqualTo("虎丘区");
    }

    @Test
    void aSiblingsNameIsRefused() {
        String name = TestData.unique("同名园区");
        asSupport(() -> administration.createZone(SUZHOU, name, REASON));
        BusinessException refused = catchThrowableOfType(BusinessException.class,
                () -> asSupport(() -> administration.createZone(SUZHOU, name, REASON)));
        assertThat(refused.messageKey()).isEqualTo(RegionChange.FAULT_NAME_TAKEN);
        assertThat(refused.field()).hasValue("name");
    }

    @Test
    void aDeactivatedRegionLeavesThePickersAndComesBackWhenActivated() {
        Region zone = asSupport(() -> administration.createZone(SUZHOU, TestData.unique("停用新城"), REASON));

        asSupport(() -> administration.deactivate(zone.getCode(), "开发区已撤销"));
        assertThat(Subjects.anonymous(() -> regions.children(SUZHOU))).extracting(Region::getCode).doesNotContain(zone.getCode());
        assertThat(asSupport(() -> administration.children(SUZHOU))).filteredOn(r -> r.getCode().equals(zone.getCode()))
                .singleElement().extracting(Region::isActive).isEqualTo(false);

        asSupport(() -> administration.activate(zone.getCode(), "撤销决定已收回"));
        assertThat(Subjects.anonymous(() -> regions.children(SUZHOU))).extracting(Region::getCode).contains(zone.getCode());

        assertThat(audits(RegionAdministration.ACTION_DEACTIVATE, zone.getCode())).isEqualTo(1);
        assertThat(audits(RegionAdministration.ACTION_ACTIVATE, zone.getCode())).isEqualTo(1);
    }

    @Test
    void aRegionInUseIsDeactivatedNotDeletedAndItsEnterpriseStays() {
        Region zone = asSupport(() -> administration.createZone(SUZHOU, TestData.unique("在用新城"), REASON));
        long enterprise = new TestData(dataSource).enterprise(TestData.unique("在用企业"), zone.getCode());

        asSupport(() -> administration.deactivate(zone.getCode(), "开发区已撤销"));

        assertThat(regions.find(zone.getCode())).get().extracting(Region::isActive).isEqualTo(false);
        assertThat(asSupport(() -> enterprises.find(enterprise))).get()
                .extracting(e -> e.getRegionCode()).isEqualTo(zone.getCode());
        assertThat(Arrays.stream(RegionAdministration.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("remove"));
    }

    @Test
    void anEnterpriseUserIsRefusedAndNothingChanges() {
        AccountPrincipal enterpriseUser = Subjects.principal(Role.ENTERPRISE, 1L, null);
        AccountPrincipal regionalAdmin = Subjects.principal(Role.REGION_ADMIN, null, "/320000/320500/");
        Region zone = asSupport(() -> administration.createZone(SUZHOU, TestData.unique("拒绝新城"), REASON));
        int childrenBefore = asSupport(() -> administration.children(SUZHOU)).size();

        for (Callable<?> attempt : List.<Callable<?>>of(
                () -> administration.createZone(SUZHOU, TestData.unique("越权新城"), REASON),
                () -> administration.rename(zone.getCode(), "越权改名", REASON),
                () -> administration.deactivate(zone.getCode(), REASON),
                () -> administration.children(SUZHOU))) {
            BusinessException refused = catchThrowableOfType(BusinessException.class, () -> Subjects.as(enterpriseUser, attempt));
            assertThat(refused.messageKey()).isEqualTo(BusinessException.FORBIDDEN);
            BusinessException asRegionalAdmin = catchThrowableOfType(BusinessException.class, () -> Subjects.as(regionalAdmin, attempt));
            assertThat(asRegionalAdmin.messageKey()).isEqualTo(BusinessException.FORBIDDEN);
        }
        BusinessException anonymous = catchThrowableOfType(BusinessException.class,
                () -> Subjects.anonymous(() -> administration.createZone(SUZHOU, TestData.unique("匿名新城"), REASON)));
        assertThat(anonymous.messageKey()).isEqualTo(BusinessException.FORBIDDEN);

        assertThat(asSupport(() -> administration.children(SUZHOU))).hasSize(childrenBefore);
        assertThat(regions.find(zone.getCode())).get().satisfies(r -> {
            assertThat(r.getName()).isEqualTo(zone.getName());
            assertThat(r.isActive()).isTrue();
        });
    }

    @Test
    void aShortReasonIsRefusedAtItsFieldAndNothingIsStored() {
        String name = TestData.unique("无因新城");
        BusinessException refused = catchThrowableOfType(BusinessException.class,
                () -> asSupport(() -> administration.createZone(SUZHOU, name, "新增")));
        assertThat(refused.messageKey()).isEqualTo(RegionChange.FAULT_REASON_LENGTH);
        assertThat(refused.field()).hasValue("reason");
        assertThat(new TestData(dataSource).count("select count(*) from region where name = ?", name)).isZero();
    }

    private static <T> T asSupport(Callable<T> work) {
        return Subjects.as(SUPPORT, work);
    }

    private long audits(String action, String code) {
        return new TestData(dataSource).count("select count(*) from audit_entry where action = ? and target_type = 'REGION'"
                + " and target_id = ? and actor = ?", action, code, SUPPORT.userName());
    }
}
