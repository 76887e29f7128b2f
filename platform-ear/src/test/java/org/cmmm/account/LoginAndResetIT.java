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
import org.cmmm.account.boundary.PasswordResetService.Verified;
import org.cmmm.account.boundary.UserNameReminderService;
import org.cmmm.account.control.LoginOutcome;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.Subjects;
import org.cmmm.it.TestData;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.sms.boundary.DevelopmentSmsGateway;
import org.cmmm.sms.boundary.VerificationCodeService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in with lockout after repeated failures, password reset by an SMS code in two steps, user names by SMS. */
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

    @Inject
    UserNameReminderService reminders;

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
    void aSignInHashesAPasswordOfOlderParametersAgainAndItStillSignsIn() throws Exception {
        String userName = TestData.unique("rehash");
        TestData data = new TestData(dataSource);
        data.account(userName, "Zhizao#2026", "SUPPORT", null, null, TestData.mobile());
        String older = "$shiro2$argon2id$v=19$t=1,m=65536,p=4$gjLtGwWC9wMcbJf65gDajg$NyYRJIx69ye1viVzBcwcErqoGTi83CqqWWxdlSkvwAc";
        try (var connection = dataSource.getConnection();
             var update = connection.prepareStatement("update account set password_hash = ? where user_name = ?")) {
            update.setString(1, older); // as accounts made with Shiro's defaults hold it
            update.setString(2, userName);
            update.executeUpdate();
        }

        assertThat(accounts.login(userName, "Zhizao#2026")).isInstanceOf(LoginOutcome.Success.class);

        String stored = data.text("select password_hash from account where user_name = ?", userName);
        assertThat(stored).startsWith("$shiro2$argon2id$v=19$t=2,m=19456,p=1$");
        assertThat(accounts.login(userName, "Zhizao#2026")).isInstanceOf(LoginOutcome.Success.class);
        assertThat(accounts.login(userName, "Zhizao#2027")).isInstanceOf(LoginOutcome.Failed.class);
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
        Verified verified = Subjects.anonymous(() -> reset.verifyCodeAcrossRegions(By.MOBILE, mobile, code));
        assertThat(verified.userNames()).as("the user name is told once the code is right").containsExactly(userName);
        String done = Subjects.anonymous(() ->
                reset.resetAcrossRegions(By.MOBILE, mobile, verified.ticket(), null, "After#2026x", "After#2026x"));

        assertThat(done).isEqualTo(userName);
        assertThat(accounts.login(userName, "After#2026x")).isInstanceOf(LoginOutcome.Success.class);
        assertThat(accounts.login(userName, "Before#2026")).isInstanceOf(LoginOutcome.Failed.class);
        assertThat(refusedReset(mobile, verified.ticket(), null).messageKey()).as("the ticket again")
                .isEqualTo(VerificationCodeService.FAULT_TICKET_REFUSED);
        assertThat(refusedVerify(mobile, code).messageKey()).as("the code again")
                .isEqualTo(PasswordResetService.FAULT_CODE_REFUSED);
    }

    @Test
    void aRefusedNewPasswordKeepsTheTicketAndAMadeUpOrAnotherNumbersTicketIsRefused() {
        String userName = TestData.unique("ticket");
        String mobile = TestData.mobile();
        new TestData(dataSource).account(userName, "Before#2026", "SUPPORT", null, null, mobile);
        String other = TestData.mobile();
        new TestData(dataSource).account(TestData.unique("ticket"), "Before#2026", "SUPPORT", null, null, other);
        Verified verified = verified(mobile);
        Verified othersVerified = verified(other);

        BusinessException weak = catchThrowableOfType(BusinessException.class, () -> Subjects.anonymous(() ->
                reset.resetAcrossRegions(By.MOBILE, mobile, verified.ticket(), null, "short", "short")));
        assertThat(weak.faults().get(0).field()).contains("newPassword");
        for (String ticket : List.of("", "0123456789abcdef0123456789abcdef", othersVerified.ticket())) {
            assertThat(refusedReset(mobile, ticket, "After#2026x").messageKey()).as(ticket)
                    .isEqualTo(VerificationCodeService.FAULT_TICKET_REFUSED);
        }
        assertThat(Subjects.anonymous(() ->
                reset.resetAcrossRegions(By.MOBILE, mobile, verified.ticket(), null, "After#2026x", "After#2026x")))
                .as("the ticket survived the refused password").isEqualTo(userName);
        assertThat(new TestData(dataSource).count("select count(*) from sms_code where mobile = ? and ticket_hash is not null", mobile))
                .as("used up").isZero();
    }

    @Test
    void severalAccountsOnOneMobileAreAllNamedAndTheResetTakesTheOneChosen() {
        String mobile = TestData.mobile();
        String first = TestData.unique("pair");
        String second = TestData.unique("pair");
        new TestData(dataSource).account(first, "Before#2026", "SUPPORT", null, null, mobile);
        new TestData(dataSource).account(second, "Before#2026", "SUPPORT", null, null, mobile);
        Verified verified = verified(mobile);
        assertThat(verified.userNames()).containsExactlyInAnyOrder(first, second).isSorted();

        assertThat(refusedReset(mobile, verified.ticket(), null).faults().get(0).key())
                .isEqualTo("account.reset.userNameNeeded");
        Subjects.anonymous(() -> reset.resetAcrossRegions(By.MOBILE, mobile, verified.ticket(), second, "After#2026x", "After#2026x"));
        assertThat(accounts.login(second, "After#2026x")).isInstanceOf(LoginOutcome.Success.class);
        assertThat(accounts.login(first, "Before#2026")).as("the other one is untouched").isInstanceOf(LoginOutcome.Success.class);
    }

    @Test
    void theUserNamesGoByTextToTheirMobileAndUnknownOrTooFrequentAsksLookTheSame() {
        String mobile = TestData.mobile();
        String first = TestData.unique("names");
        String second = TestData.unique("names");
        new TestData(dataSource).account(first, "Before#2026", "SUPPORT", null, null, mobile);
        new TestData(dataSource).account(second, "Before#2026", "SUPPORT", null, null, mobile);

        Subjects.anonymous(() -> {
            reminders.sendUserNamesAcrossRegions(mobile);
            return null;
        });
        List<DevelopmentSmsGateway.SentMessage> toMobile = DevelopmentSmsGateway.latest().stream()
                .filter(m -> m.mobile().equals(mobile)).toList();
        assertThat(toMobile).hasSize(1);
        assertThat(toMobile.get(0).userNames()).containsExactlyInAnyOrder(first, second);
        assertThat(toMobile.get(0).code()).isNull();

        var before = List.copyOf(DevelopmentSmsGateway.latest());
        Subjects.anonymous(() -> {
            reminders.sendUserNamesAcrossRegions(mobile); // within the minute: held back, silently
            reminders.sendUserNamesAcrossRegions(TestData.mobile()); // no account: nothing, silently
            return null;
        });
        assertThat(DevelopmentSmsGateway.latest()).isEqualTo(before);
        assertThat(new TestData(dataSource).count("select count(*) from sms_code where mobile = ? and purpose = 'userNames'", mobile))
                .isEqualTo(1);
        // a reminder is no code: it neither verifies a reset nor holds up a reset code
        assertThat(refusedVerify(mobile, "").messageKey()).isEqualTo(PasswordResetService.FAULT_CODE_REFUSED);
        assertThat(verified(mobile).userNames()).hasSize(2);

        BusinessException malformed = catchThrowableOfType(BusinessException.class, () -> Subjects.anonymous(() -> {
            reminders.sendUserNamesAcrossRegions("1380013800x");
            return null;
        }));
        assertThat(malformed.faults().get(0).field()).contains("mobile");
    }

    private Verified verified(String mobile) {
        Subjects.anonymous(() -> {
            reset.sendCodeAcrossRegions(By.MOBILE, mobile);
            return null;
        });
        String code = DevelopmentSmsGateway.latest().stream().filter(m -> m.mobile().equals(mobile) && m.code() != null)
                .findFirst().orElseThrow().code();
        return Subjects.anonymous(() -> reset.verifyCodeAcrossRegions(By.MOBILE, mobile, code));
    }

    private BusinessException refusedVerify(String mobile, String code) {
        return catchThrowableOfType(BusinessException.class, () -> Subjects.anonymous(() ->
                reset.verifyCodeAcrossRegions(By.MOBILE, mobile, code)));
    }

    private BusinessException refusedReset(String mobile, String ticket, String userName) {
        BusinessException refused = catchThrowableOfType(BusinessException.class, () -> Subjects.anonymous(() ->
                reset.resetAcrossRegions(By.MOBILE, mobile, ticket, userName, "After#2026x", "After#2026x")));
        assertThat(refused).as("reset with ticket %s", ticket).isNotNull();
        return refused;
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

        assertThat(refusedVerify(mobile, "123456").messageKey()).isEqualTo(PasswordResetService.FAULT_CODE_REFUSED);
    }
}
