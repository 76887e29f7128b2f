package org.cmmm.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.cmmm.account.boundary.AccountService;
import org.cmmm.platform.control.AccountPrincipal;
import org.cmmm.account.control.LoginOutcome;
import org.cmmm.platform.control.Role;
import org.cmmm.audit.boundary.AuditLog;
import org.cmmm.audit.entity.AuditEntry;
import org.cmmm.enterprise.control.EnterpriseSize;
import org.cmmm.it.DiagnosisRows;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.Subjects;
import org.cmmm.it.TestData;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.support.boundary.AccountSummary;
import org.cmmm.support.boundary.CreatedUnit;
import org.cmmm.support.boundary.EnterpriseSummary;
import org.cmmm.support.boundary.SupportService;
import org.cmmm.support.control.ClassificationForm;
import org.cmmm.support.control.NonLegalEntityForm;
import org.cmmm.support.control.RegionAdminForm;
import org.cmmm.support.control.StatedReason;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The support back office through its boundary, on MariaDB, as a signed-in support user: every action does
 * what it says, leaves exactly one audit entry naming the actor, and is refused to anyone but support and
 * administrators. Each test acts as a support user of its own, so its audit entries can be counted.
 */
@ExtendWith(ArquillianExtension.class)
class SupportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.earWithTests(SupportIT.class, DiagnosisRows.class);
    }

    @Inject
    SupportService support;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Resource(lookup = "java:app/jdbc/cmmm")
    DataSource dataSource;

    private TestData data;
    private AccountPrincipal supportUser;

    @BeforeEach
    void aSupportUserOfItsOwn() {
        data = new TestData(dataSource);
        supportUser = new AccountPrincipal(0, TestData.unique("support"), "技术支持", Role.SUPPORT, null, null);
    }

    @Test
    void aUnitWithoutParentIsNotALegalEntityAndItsAccountCanSignIn() {
        String userName = TestData.unique("unit");

        CreatedUnit created = asSupport(() -> support.createNonLegalEntityAcrossRegions(unitForm(userName, null)));

        assertThat(data.count("select count(*) from enterprise where id = ? and legal_entity = false and uscc is null"
                + " and parent_enterprise_id is null and region_path = '/320000/320500/320505/'", created.enterpriseId()))
                .isEqualTo(1);
        LoginOutcome login = accounts.login(userName, "Plant#2026");
        assertThat(login).isInstanceOf(LoginOutcome.Success.class);
        AccountPrincipal unitUser = ((LoginOutcome.Success) login).principal();
        assertThat(unitUser.role()).isEqualTo(Role.ENTERPRISE);
        assertThat(unitUser.enterpriseId()).isEqualTo(created.enterpriseId());
        AuditEntry entry = onlyEntryOf("ENTERPRISE", created.enterpriseId());
        assertThat(entry.getAction()).isEqualTo(SupportService.ACTION_UNIT_CREATE);
        assertThat(entry.getAfterValue()).contains("account=" + userName, "parent=-", "region=320505");
        assertThat(actionsOfThisSupportUser()).isEqualTo(1);
    }

    @Test
    void aUnitUnderAParentEnterpriseIsLinkedToIt() {
        String parentName = TestData.unique("上级企业");
        long parentId = data.enterprise(parentName, "320505");
        EnterpriseSummary parent = asSupport(() -> support.searchEnterprisesAcrossRegions(parentName, 5)).get(0);
        assertThat(parent.id()).isEqualTo(parentId);
        assertThat(parent.regionPath()).isEqualTo(data.regionPath("320505"));
        String userName = TestData.unique("branch");

        CreatedUnit created = asSupport(() -> support.createNonLegalEntityAcrossRegions(unitForm(userName, parent.uscc())));

        assertThat(data.count("select count(*) from enterprise where id = ? and legal_entity = false and parent_enterprise_id = ?",
                created.enterpriseId(), parentId)).isEqualTo(1);
        assertThat(accounts.login(userName, "Plant#2026")).isInstanceOf(LoginOutcome.Success.class);
        assertThat(onlyEntryOf("ENTERPRISE", created.enterpriseId()).getAfterValue()).contains("parent=" + parentId);
        assertThat(actionsOfThisSupportUser()).isEqualTo(1);
    }

    @Test
    void aParentCodeThatIsNotRegisteredIsRefusedAtItsFieldAndNothingIsStored() {
        String userName = TestData.unique("orphan");

        BusinessException refused = catchThrowableOfType(BusinessException.class, () -> asSupport(
                () -> support.createNonLegalEntityAcrossRegions(unitForm(userName, TestData.uscc("320505")))));

        assertThat(refused.field()).hasValue("parentUscc");
        assertThat(refused.messageKey()).isEqualTo("support.unit.parentNotFound");
        assertThat(accounts.isUserNameTaken(userName)).isFalse();
        assertThat(actionsOfThisSupportUser()).isZero();
    }

    @Test
    void aRegionalAdminIsBoundToItsRegion() {
        String userName = TestData.unique("cityadmin");

        long accountId = asSupport(() -> support.createRegionAdmin(
                new RegionAdminForm(userName, "Region#2026", "苏州市工信局", mobile(), "320500")));

        LoginOutcome login = accounts.login(userName, "Region#2026");
        assertThat(login).isInstanceOf(LoginOutcome.Success.class);
        AccountPrincipal admin = ((LoginOutcome.Success) login).principal();
        assertThat(admin.role()).isEqualTo(Role.REGION_ADMIN);
        assertThat(admin.regionPath()).isEqualTo("/320000/320500/");
        assertThat(admin.enterpriseId()).isNull();
        assertThat(onlyEntryOf("ACCOUNT", accountId).getAfterValue()).contains("region=320500");
        assertThat(actionsOfThisSupportUser()).isEqualTo(1);
    }

    @Test
    void aTakenUserNameIsRefusedAtItsField() {
        String userName = TestData.unique("taken");
        data.account(userName, "Taken#2026", "SUPPORT", null, null, mobile());

        BusinessException refused = catchThrowableOfType(BusinessException.class, () -> asSupport(() -> support.createRegionAdmin(
                new RegionAdminForm(userName.toUpperCase(), "Region#2026", "苏州市工信局", mobile(), "320500"))));

        assertThat(refused.field()).hasValue("userName");
        assertThat(refused.messageKey()).isEqualTo("account.userName.taken");
        assertThat(actionsOfThisSupportUser()).isZero();
    }

    @Test
    void aMobileChangedWithAReasonIsAuditedWithBeforeAndAfter() {
        String before = mobile();
        String after = mobile();
        long accountId = enterpriseAccount(before);

        asSupport(() -> {
            support.changeMobile(accountId, after, "原负责人离职，号码无法联系，已核对营业执照");
            return null;
        });

        assertThat(data.count("select count(*) from account where id = ? and mobile = ?", accountId, after)).isEqualTo(1);
        AuditEntry entry = onlyEntryOf("ACCOUNT", accountId);
        assertThat(entry.getActor()).isEqualTo(supportUser.userName());
        assertThat(entry.getAction()).isEqualTo(SupportService.ACTION_MOBILE_CHANGE);
        assertThat(entry.getReason()).isEqualTo("原负责人离职，号码无法联系，已核对营业执照");
        // masked in the audit trail as in the logs: first three and last four digits
        assertThat(entry.getBeforeValue()).isEqualTo("mobile=" + before.substring(0, 3) + "****" + before.substring(7));
        assertThat(entry.getAfterValue()).isEqualTo("mobile=" + after.substring(0, 3) + "****" + after.substring(7));
        assertThat(entry.getBeforeValue() + entry.getAfterValue()).doesNotContain(before).doesNotContain(after);
        assertThat(entry.getAt()).isNotNull();
        assertThat(actionsOfThisSupportUser()).isEqualTo(1);
    }

    @Test
    void anEnterpriseReclassifiedMovesWithItsDiagnosesAndItsLatestValidRowInOneAuditedChange() {
        long enterprise = data.enterprise(TestData.unique("迁址企业"), "320505");
        DiagnosisRows rows = new DiagnosisRows(dataSource);
        long completed = rows.completed(enterprise, data.regionPath("320505"));
        long answering = rows.answering(enterprise, data.regionPath("320505"));
        String row = "select concat_ws('|', diagnosis_id, region_path, province_code, industry_code, industry_division,"
                + " industry_section, size) from latest_valid where enterprise_id = ?";
        assertThat(data.text(row, enterprise)).isEqualTo(completed + "|/320000/320500/320505/|320000|3311|33|C|SMALL");

        // to Hangzhou, a textile class (division 17), medium-sized
        asSupport(() -> {
            support.reclassifyAcrossRegions(enterprise, new ClassificationForm("330106", "1711", EnterpriseSize.MEDIUM,
                    "企业整体迁址杭州，营业执照已变更"));
            return null;
        });

        assertThat(data.text(row, enterprise)).isEqualTo(completed + "|/330000/330100/330106/|330000|1711|17|C|MEDIUM");
        assertThat(data.count("select count(*) from diagnosis where enterprise_id = ? and region_path = '/330000/330100/330106/'",
                enterprise)).as("both diagnoses follow the enterprise").isEqualTo(2);
        assertThat(data.count("select count(*) from enterprise where id = ? and region_code = '330106' and industry_code = '1711'"
                + " and size = 'MEDIUM'", enterprise)).isEqualTo(1);
        AuditEntry entry = onlyEntryOf("ENTERPRISE", enterprise);
        assertThat(entry.getAction()).isEqualTo(SupportService.ACTION_RECLASSIFY);
        assertThat(entry.getBeforeValue()).isEqualTo("region=320505, industry=3311, size=SMALL");
        assertThat(entry.getAfterValue()).isEqualTo("region=330106, industry=1711, size=MEDIUM");
        assertThat(data.text("select region_path from diagnosis where id = ?", answering))
                .as("the diagnosis in progress too").isEqualTo("/330000/330100/330106/");

        // the same classification again, an industry that is no class, no reason: refused, nothing changes
        assertThat(refusedKey(() -> support.reclassifyAcrossRegions(enterprise, new ClassificationForm("330106", "1711",
                EnterpriseSize.MEDIUM, "再次提交同一分类")))).isEqualTo("support.reclassify.same");
        assertThat(refusedKey(() -> support.reclassifyAcrossRegions(enterprise, new ClassificationForm("320505", "17",
                EnterpriseSize.MEDIUM, "行业代码只到大类")))).isEqualTo("enterprise.industry.invalid");
        assertThat(refusedKey(() -> support.reclassifyAcrossRegions(enterprise, new ClassificationForm("320505", "3311",
                EnterpriseSize.SMALL, " ")))).isEqualTo(StatedReason.FAULT_REQUIRED);
        assertThat(data.text(row, enterprise)).isEqualTo(completed + "|/330000/330100/330106/|330000|1711|17|C|MEDIUM");
        assertThat(actionsOfThisSupportUser()).isEqualTo(1);
    }

    @Test
    void aMobileChangeWithoutReasonIsRefusedAndChangesNothing() {
        String before = mobile();
        long accountId = enterpriseAccount(before);

        for (String reason : new String[] {null, "  ", "换号"}) {
            BusinessException refused = catchThrowableOfType(BusinessException.class, () -> asSupport(() -> {
                support.changeMobile(accountId, mobile(), reason);
                return null;
            }));
            assertThat(refused.field()).as("reason %s", reason).hasValue("reason");
        }

        assertThat(data.count("select count(*) from account where id = ? and mobile = ?", accountId, before)).isEqualTo(1);
        assertThat(asSupport(() -> audit.forTarget("ACCOUNT", String.valueOf(accountId)))).isEmpty();
        assertThat(actionsOfThisSupportUser()).isZero();
    }

    @Test
    void enterprisesAreFoundByTheirWholeUsccItsStartOrAnyPartOfTheirNameAndARenameMovesThem() throws Exception {
        String tag = TestData.unique("检索");
        long id = data.enterprise(tag + "精密机械有限公司", "320505");
        long other = data.enterprise(tag + "精密铸造有限公司", "330106");
        String uscc = data.text("select uscc from enterprise where id = ?", id);

        assertThat(idsFound(uscc)).containsExactly(id);
        assertThat(idsFound(uscc.toLowerCase(java.util.Locale.ROOT))).containsExactly(id);
        assertThat(idsFound(uscc.substring(0, 17))).containsExactly(id);
        assertThat(idsFound(tag.substring(1) + "精密")).containsExactly(id, other); // by name: 精密机械 before 精密铸造
        assertThat(idsFound(tag + "精密铸造")).containsExactly(other);
        assertThat(idsFound(tag + "%铸造")).as("a %% typed is a character, not a wildcard").isEmpty();

        try (var connection = dataSource.getConnection();
             var rename = connection.prepareStatement("update enterprise set name = ? where id = ?")) {
            rename.setString(1, tag + "智能装备有限公司");
            rename.setLong(2, id);
            rename.executeUpdate();
        }
        assertThat(idsFound(tag + "精密")).containsExactly(other);
        assertThat(idsFound(tag + "智能装备")).containsExactly(id);
        assertThat(data.count("select count(*) from enterprise_name_gram where enterprise_id = ?", id))
                .as("one row per distinct bigram of the new name").isEqualTo(data.count(
                        "select count(distinct substring(e.name, s.seq, 2)) from enterprise e join seq_1_to_199 s"
                                + " on s.seq < char_length(e.name) where e.id = ?", id));
    }

    @Test
    void accountsAreFoundByTheStartOfTheirUserNameMobileOrDisplayName() {
        String userName = TestData.unique("finder");
        String mobile = mobile();
        long id = data.account(userName, "Right#2026", "SUPPORT", null, null, mobile);

        assertThat(asSupport(() -> support.searchAccounts(userName.toUpperCase(java.util.Locale.ROOT), 50)))
                .extracting(AccountSummary::id).containsExactly(id);
        assertThat(asSupport(() -> support.searchAccounts(mobile, 50))).extracting(AccountSummary::id).contains(id);
        assertThat(asSupport(() -> support.searchAccounts(mobile.substring(0, 9), 50))).extracting(AccountSummary::id).contains(id);
        assertThat(asSupport(() -> support.searchAccounts(userName.substring(1), 50))).extracting(AccountSummary::id)
                .as("the middle of a user name is no index range").doesNotContain(id);
    }

    private List<Long> idsFound(String text) {
        return asSupport(() -> support.searchEnterprisesAcrossRegions(text, 50)).stream().map(EnterpriseSummary::id).toList();
    }

    @Test
    void anUnlockedAccountCanSignInAgain() {
        String userName = TestData.unique("locked");
        long accountId = data.account(userName, "Right#2026", "ENTERPRISE", data.enterprise(TestData.unique("锁定企业"), "320505"),
                null, mobile());
        for (int i = 0; i < 5; i++) {
            accounts.login(userName, "Wrong#2026");
        }
        assertThat(accounts.login(userName, "Right#2026")).isInstanceOf(LoginOutcome.Locked.class);
        assertThat(asSupport(() -> support.searchAccounts(userName, 5)).get(0).locked()).isTrue();

        asSupport(() -> {
            support.unlock(accountId);
            return null;
        });

        assertThat(accounts.login(userName, "Right#2026")).isInstanceOf(LoginOutcome.Success.class);
        AuditEntry entry = onlyEntryOf("ACCOUNT", accountId);
        assertThat(entry.getAction()).isEqualTo(SupportService.ACTION_UNLOCK);
        assertThat(entry.getBeforeValue()).contains("failedLogins=5");
        assertThat(entry.getAfterValue()).contains("failedLogins=0");
        assertThat(actionsOfThisSupportUser()).isEqualTo(1);
        // and the account's own security events, oldest first: four failures, the lock, a try while locked,
        // the sign-in after the unlock
        List<String> events = new java.util.ArrayList<>(asSupport(() -> audit.forTarget("ACCOUNT", String.valueOf(accountId)))
                .stream().filter(e -> SECURITY_EVENTS.contains(e.getAction())).map(AuditEntry::getAction).toList());
        java.util.Collections.reverse(events);
        assertThat(events).containsExactly(AuditLog.ACTION_SIGN_IN_FAILED, AuditLog.ACTION_SIGN_IN_FAILED,
                        AuditLog.ACTION_SIGN_IN_FAILED, AuditLog.ACTION_SIGN_IN_FAILED, AuditLog.ACTION_LOCKED,
                        AuditLog.ACTION_SIGN_IN_WHILE_LOCKED, AuditLog.ACTION_SIGN_IN);
    }

    @Test
    void anEnterpriseUserIsRefusedEverySupportAction() {
        String before = mobile();
        long accountId = enterpriseAccount(before);
        long ownEnterprise = data.count("select enterprise_id from account where id = ?", accountId);
        AccountPrincipal enterpriseUser = new AccountPrincipal(accountId, "ent", "企业", Role.ENTERPRISE, ownEnterprise, null);
        List<Callable<?>> actions = List.of(
                () -> support.searchEnterprisesAcrossRegions("", 5),
                () -> support.searchAccounts("", 5),
                () -> support.createNonLegalEntityAcrossRegions(unitForm(TestData.unique("sneaky"), null)),
                () -> support.createRegionAdmin(new RegionAdminForm(TestData.unique("sneaky"), "Region#2026", "x", mobile(), "320500")),
                () -> {
                    support.changeMobile(accountId, mobile(), "我想换成自己的号码");
                    return null;
                },
                () -> {
                    support.unlock(accountId);
                    return null;
                },
                () -> support.auditLog(0, 10));

        for (Callable<?> action : actions) {
            BusinessException asEnterprise = catchThrowableOfType(BusinessException.class, () -> Subjects.as(enterpriseUser, action));
            assertThat(asEnterprise.messageKey()).isEqualTo(BusinessException.FORBIDDEN);
            BusinessException asNobody = catchThrowableOfType(BusinessException.class, () -> Subjects.anonymous(action));
            assertThat(asNobody.messageKey()).isEqualTo(BusinessException.FORBIDDEN);
        }
        assertThat(data.count("select count(*) from account where id = ? and mobile = ?", accountId, before)).isEqualTo(1);
        assertThat(asSupport(() -> audit.forTarget("ACCOUNT", String.valueOf(accountId)))).isEmpty();
    }

    @Test
    void supportMayNotChangeAnAdministratorsMobileButAnAdministratorMay() {
        String before = mobile();
        long adminAccount = data.account(TestData.unique("admin"), "Admin#2026", "ADMIN", null, null, before);

        BusinessException refused = catchThrowableOfType(BusinessException.class, () -> asSupport(() -> {
            support.changeMobile(adminAccount, mobile(), "冒充管理员换号码");
            return null;
        }));
        assertThat(refused.messageKey()).isEqualTo("support.forbidden");
        assertThat(data.count("select count(*) from account where id = ? and mobile = ?", adminAccount, before)).isEqualTo(1);

        AccountPrincipal administrator = new AccountPrincipal(0, TestData.unique("root"), "管理员", Role.ADMIN, null, null);
        String after = mobile();
        Subjects.as(administrator, () -> {
            support.changeMobile(adminAccount, after, "管理员本人换了号码");
            return null;
        });
        assertThat(onlyEntryOf("ACCOUNT", adminAccount).getActor()).isEqualTo(administrator.userName());
    }

    @Test
    void theAuditLogListsTheNewestFirst() {
        long first = enterpriseAccount(mobile());
        long second = enterpriseAccount(mobile());
        long sizeBefore = asSupport(() -> support.auditLogSize());
        asSupport(() -> {
            support.unlock(first);
            support.unlock(second);
            return null;
        });

        List<AuditEntry> latest = asSupport(() -> support.auditLog(0, 2));

        assertThat(latest).extracting(AuditEntry::getTargetId).containsExactly(String.valueOf(second), String.valueOf(first));
        assertThat(asSupport(() -> support.auditLogSize())).isEqualTo(sizeBefore + 2);
    }

    private String refusedKey(Runnable work) {
        return catchThrowableOfType(BusinessException.class, () -> asSupport(() -> {
            work.run();
            return null;
        })).messageKey();
    }

    private <T> T asSupport(Callable<T> work) {
        return Subjects.as(supportUser, work);
    }

    /** The one entry of a support action on the target (its sign-ins are audited too, and left out here). */
    private AuditEntry onlyEntryOf(String type, long id) {
        List<AuditEntry> entries = asSupport(() -> audit.forTarget(type, String.valueOf(id))).stream()
                .filter(entry -> !SECURITY_EVENTS.contains(entry.getAction())).toList();
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private static final java.util.Set<String> SECURITY_EVENTS = java.util.Set.of(AuditLog.ACTION_SIGN_IN,
            AuditLog.ACTION_SIGN_IN_FAILED, AuditLog.ACTION_LOCKED, AuditLog.ACTION_SIGN_IN_WHILE_LOCKED,
            AuditLog.ACTION_PASSWORD_RESET);

    private long actionsOfThisSupportUser() {
        return data.count("select count(*) from audit_entry where actor = ?", supportUser.userName());
    }

    private long enterpriseAccount(String mobile) {
        long enterprise = data.enterprise(TestData.unique("支持测试企业"), "320505");
        return data.account(TestData.unique("ent"), "Enterprise#2026", "ENTERPRISE", enterprise, null, mobile);
    }

    static NonLegalEntityForm unitForm(String userName, String parentUscc) {
        return new NonLegalEntityForm("测试分厂" + userName, parentUscc, "3311", EnterpriseSize.SMALL, "320505",
                "苏州市虎丘区测试路 2 号", "李四", mobile(), userName, "Plant#2026");
    }

    static String mobile() {
        return "138" + String.format("%08d", Math.abs(TestData.unique("").hashCode()) % 100_000_000);
    }
}
