package org.cmmm.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.cmmm.account.boundary.AccountService;
import org.cmmm.account.boundary.ProfileService;
import org.cmmm.platform.control.AccountPrincipal;
import org.cmmm.account.control.LoginOutcome;
import org.cmmm.account.control.PasswordPolicy;
import org.cmmm.platform.control.Role;
import org.cmmm.enterprise.boundary.EnterpriseProfile;
import org.cmmm.enterprise.control.EnterpriseContact;
import org.cmmm.enterprise.entity.Enterprise;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.Subjects;
import org.cmmm.it.TestData;
import org.cmmm.platform.control.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A signed-in user changes the password; an enterprise user changes its own enterprise's contact data, and
 * neither a page out of date nor another enterprise's id gets through.
 */
@ExtendWith(ArquillianExtension.class)
class ProfileIT {

    private static final String PASSWORD = "Before#2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.earWithTests(ProfileIT.class, RegistrationIT.class);
    }

    @Inject
    ProfileService profile;

    @Inject
    EnterpriseProfile enterpriseProfile;

    @Inject
    AccountService accounts;

    @Resource(lookup = "java:app/jdbc/cmmm")
    DataSource dataSource;

    private TestData data;
    private long enterpriseId;
    private String userName;
    private AccountPrincipal user;

    @BeforeEach
    void anEnterpriseWithItsAccount() {
        data = new TestData(dataSource);
        enterpriseId = data.enterprise(TestData.unique("资料测试"), "320505");
        userName = TestData.unique("profile");
        long accountId = data.account(userName, PASSWORD, "ENTERPRISE", enterpriseId, null, TestData.mobile());
        user = new AccountPrincipal(accountId, userName, userName, Role.ENTERPRISE, enterpriseId, null);
    }

    @Test
    void theNewPasswordSignsInAndTheOldOneNoLonger() {
        changePassword(PASSWORD, "After#2026x", "After#2026x");

        assertThat(accounts.login(userName, "After#2026x")).isInstanceOf(LoginOutcome.Success.class);
        assertThat(accounts.login(userName, PASSWORD)).isInstanceOf(LoginOutcome.Failed.class);
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAtItsField() {
        BusinessException refused = refusedPasswordChange("Wrong#2026", "After#2026x", "After#2026x");

        assertThat(refused.field()).hasValue("currentPassword");
        assertThat(refused.messageKey()).isEqualTo(ProfileService.FAULT_CURRENT_WRONG);
        assertThat(accounts.login(userName, PASSWORD)).isInstanceOf(LoginOutcome.Success.class);
    }

    @Test
    void guessingTheCurrentPasswordLocksTheAccountAsFailedLoginsDo() {
        for (int i = 0; i < 4; i++) {
            assertThat(refusedPasswordChange("Wrong#2026" + i, "After#2026x", "After#2026x").messageKey())
                    .isEqualTo(ProfileService.FAULT_CURRENT_WRONG);
        }
        BusinessException fifth = refusedPasswordChange("Wrong#2026x", "After#2026x", "After#2026x");
        assertThat(fifth.messageKey()).isEqualTo(ProfileService.FAULT_LOCKED);
        assertThat(fifth.field()).hasValue("currentPassword");

        // locked: even the right password changes nothing now, and signing in is locked too
        assertThat(refusedPasswordChange(PASSWORD, "After#2026x", "After#2026x").messageKey()).isEqualTo(ProfileService.FAULT_LOCKED);
        assertThat(accounts.login(userName, PASSWORD)).isInstanceOf(LoginOutcome.Locked.class);
        assertThat(accounts.login(userName, "After#2026x")).isInstanceOf(LoginOutcome.Locked.class);
    }

    @Test
    void thePolicyIsEnforcedOnTheNewPassword() {
        assertThat(refusedPasswordChange(PASSWORD, "Ab#1", "Ab#1").messageKey()).isEqualTo(PasswordPolicy.FAULT_LENGTH);
        assertThat(refusedPasswordChange(PASSWORD, "x" + userName + "#A1", "x" + userName + "#A1").messageKey())
                .isEqualTo(PasswordPolicy.FAULT_CONTAINS_USER_NAME);
        BusinessException same = refusedPasswordChange(PASSWORD, PASSWORD, PASSWORD);
        assertThat(same.messageKey()).isEqualTo(PasswordPolicy.FAULT_SAME_AS_CURRENT);
        assertThat(same.field()).hasValue("newPassword");
        BusinessException mismatch = refusedPasswordChange(PASSWORD, "After#2026x", "After#2026y");
        assertThat(mismatch.field()).hasValue("newPasswordAgain");
        assertThat(mismatch.messageKey()).isEqualTo("account.password.mismatch");
        assertThat(accounts.login(userName, PASSWORD)).isInstanceOf(LoginOutcome.Success.class);
    }

    @Test
    void nobodySignedInChangesNoPassword() {
        BusinessException refused = catchThrowableOfType(BusinessException.class, () -> Subjects.anonymous(() -> {
            profile.changePassword(PASSWORD, "After#2026x", "After#2026x");
            return null;
        }));
        assertThat(refused.messageKey()).isEqualTo(BusinessException.FORBIDDEN);
    }

    @Test
    void anEnterpriseChangesItsOwnContactData() {
        Enterprise loaded = Subjects.as(user, () -> enterpriseProfile.own());

        Enterprise saved = Subjects.as(user, () -> enterpriseProfile.changeContact(enterpriseId, loaded.getVersion(),
                new EnterpriseContact(" 苏州市虎丘区新址路 9 号 ", "李四", "138 0013 8000", "lisi@example.com")));

        assertThat(saved.getVersion()).isGreaterThan(loaded.getVersion());
        assertThat(data.count("select count(*) from enterprise where id = ? and address = ? and contact_person = ?"
                        + " and contact_mobile = ? and email = ? and name = ? and uscc = ?",
                enterpriseId, "苏州市虎丘区新址路 9 号", "李四", "13800138000", "lisi@example.com", loaded.getName(),
                loaded.getUscc())).isEqualTo(1);
    }

    @Test
    void aSaveFromAPageOutOfDateIsRefusedAndTheOtherWindowsSaveStays() {
        int version = Subjects.as(user, () -> enterpriseProfile.own()).getVersion();
        Subjects.as(user, () -> enterpriseProfile.changeContact(enterpriseId, version,
                new EnterpriseContact("第一个窗口的地址", "王五", "13800138000", null)));

        BusinessException refused = catchThrowableOfType(BusinessException.class, () -> Subjects.as(user,
                () -> enterpriseProfile.changeContact(enterpriseId, version,
                        new EnterpriseContact("第二个窗口的地址", "赵六", "13800138001", null))));

        assertThat(refused.messageKey()).isEqualTo(EnterpriseProfile.FAULT_STALE);
        assertThat(data.count("select count(*) from enterprise where id = ? and contact_person = '王五'", enterpriseId))
                .isEqualTo(1);
    }

    @Test
    void anotherEnterprisesIdIsNotFoundAndStaysUnchanged() {
        long other = data.enterprise(TestData.unique("别家企业"), "320506");

        BusinessException refused = catchThrowableOfType(BusinessException.class, () -> Subjects.as(user,
                () -> enterpriseProfile.changeContact(other, 0, new EnterpriseContact("越权地址", "越权", "13800138000", null))));

        assertThat(refused.messageKey()).isEqualTo(EnterpriseProfile.FAULT_NOT_FOUND);
        assertThat(data.count("select count(*) from enterprise where id = ? and contact_person = '测试'", other)).isEqualTo(1);
    }

    @Test
    void invalidContactDataAreRefusedAtTheirField() {
        BusinessException refused = catchThrowableOfType(BusinessException.class, () -> Subjects.as(user,
                () -> enterpriseProfile.changeContact(enterpriseId, 0, new EnterpriseContact("地址", "李四", "12345", null))));
        assertThat(refused.field()).hasValue("contactMobile");
        assertThat(refused.messageKey()).isEqualTo("account.mobile.invalid");
    }

    @Test
    void supportDoesNotUseTheEnterpriseProfile() {
        BusinessException refused = catchThrowableOfType(BusinessException.class,
                () -> Subjects.as(Subjects.principal(Role.SUPPORT, null, null), () -> enterpriseProfile.changeContact(
                        enterpriseId, 0, new EnterpriseContact("地址", "李四", "13800138000", null))));
        assertThat(refused.messageKey()).isEqualTo(BusinessException.FORBIDDEN);
    }

    private void changePassword(String current, String newPassword, String again) {
        Subjects.as(user, () -> {
            profile.changePassword(current, newPassword, again);
            return null;
        });
    }

    private BusinessException refusedPasswordChange(String current, String newPassword, String again) {
        return catchThrowableOfType(BusinessException.class, () -> changePassword(current, newPassword, again));
    }
}
