package org.cmmm.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.cmmm.account.boundary.AccountService;
import org.cmmm.account.boundary.PasswordResetService;
import org.cmmm.account.boundary.PasswordResetService.By;
import org.cmmm.account.control.LoginOutcome;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.Subjects;
import org.cmmm.it.TestData;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.sms.boundary.DevelopmentSmsGateway;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in with lockout after repeated failures, and password reset by an SMS code. */
@ExtendWith(ArquillianExtension.class)
class LoginAndResetIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.earWithTests(LoginAndResetIT.class, RegistrationIT.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    PasswordResetService reset;

    @Resource(lookup = "java:app/jdbc/cmmm")
    DataSource dataSource;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        String userName = TestData.unique("lock");
        new TestData(dataSource).account(userName, "Right#2026", "SUPPORT", null, null, TestData.mobile());

        for (int i = 1; i <= 4; i++) {
            assertThat(accounts.login(userName, "Wrong#2026")).as("failure %d", i).isInstanceOf(LoginOutcome.Failed.class);
        }
        assertThat(accounts.login(userName, "Wrong#2026")).isInstanceOf(LoginOutcome.Locked.class);
        LoginOutcome rightButLocked = accounts.login(userName, "Right#2026");
        assertThat(rightButLocked).isInstanceOf(LoginOutcome.Locked.class);
        assertThat(((LoginOutcome.Locked) rightButLocked).remaining().toMinutes()).isBetween(0L, 15L);
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        String userName = TestData.unique("same");
        new TestData(dataSource).account(userName, "Right#2026", "SUPPORT", null, null, TestData.mobile());
        assertThat(accounts.login(userName, "Wrong#2026")).isEqualTo(new LoginOutcome.Failed());
        assertThat(accounts.login(TestData.unique("nobody"), "Wrong#2026")).isEqualTo(new LoginOutcome.Failed());
    }

    @Test
    void aPasswordIsResetByTheCodeSentToTheRegisteredMobileAndTheLockIsLifted() {
        String userName = TestData.unique("reset");
        String mobile = TestData.mobile();
        new TestData(dataSource).account(userName, "Before#2026", "SUPPORT", null, null, mobile);
        for (int i = 0; i < 5; i++) {
            accounts.login(userName, "Wrong#2026");
        }

        Subjects.anonymous(() -> {
            reset.sendCodeAcrossRegions(By.MOBILE, mobile);
            return null;
        });
        String code = DevelopmentSmsGateway.latest().stream().filter(m -> m.mobile().equals(mobile)).findFirst().orElseThrow().code();
        Subjects.anonymous(() -> {
            reset.resetAcrossRegions(By.MOBILE, mobile, code, null, "After#2026x", "After#2026x");
            return null;
        });

        assertThat(accounts.login(userName, "After#2026x")).isInstanceOf(LoginOutcome.Success.class);
        assertThat(accounts.login(userName, "Before#2026")).isInstanceOf(LoginOutcome.Failed.class);
    }

    @Test
    void askingForACodeForAnUnknownMobileLooksTheSameAndSendsNothing() {
        String mobile = TestData.mobile();
        var before = List.copyOf(DevelopmentSmsGateway.latest());
        Subjects.anonymous(() -> {
            reset.sendCodeAcrossRegions(By.MOBILE, mobile);
            return null;
        });
        assertThat(DevelopmentSmsGateway.latest()).noneMatch(m -> m.mobile().equals(mobile))
                .as("no message at all was sent").isEqualTo(before);

        BusinessException refused = catchThrowableOfType(BusinessException.class, () -> Subjects.anonymous(() -> {
            reset.resetAcrossRegions(By.MOBILE, mobile, "123456", null, "After#2026x", "After#2026x");
            return null;
        }));
        assertThat(refused.messageKey()).isEqualTo(PasswordResetService.FAULT_CODE_REFUSED);
    }
}
