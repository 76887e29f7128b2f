package org.cmmm.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.cmmm.account.boundary.AccountService;
import org.cmmm.account.boundary.RegistrationService;
import org.cmmm.account.control.LoginOutcome;
import org.cmmm.account.control.RegistrationForm;
import org.cmmm.enterprise.control.EnterpriseSize;
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

/** Registration of an enterprise with its account, through the boundary, on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class RegistrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.earWithTests(RegistrationIT.class);
    }

    @Inject
    RegistrationService registration;

    @Inject
    AccountService accounts;

    @Resource(lookup = "java:app/jdbc/cmmm")
    DataSource dataSource;

    @Test
    void aValidRegistrationCreatesTheEnterpriseAndAnAccountThatCanSignIn() {
        String mobile = TestData.mobile();
        RegistrationForm form = form(TestData.unique("user"), TestData.uscc("320505"), mobile, sentCode(mobile));

        long accountId = Subjects.anonymous(() -> registration.register(form));

        assertThat(accountId).isPositive();
        assertThat(new TestData(dataSource).count("select count(*) from enterprise where uscc = ?", form.uscc())).isEqualTo(1);
        LoginOutcome outcome = accounts.login(form.userName(), form.password());
        assertThat(outcome).isInstanceOf(LoginOutcome.Success.class);
        assertThat(((LoginOutcome.Success) outcome).principal().enterpriseId()).isNotNull();
    }

    @Test
    void aUsccAlreadyRegisteredIsRefusedAtItsFieldWithTheResetHint() {
        String uscc = TestData.uscc("320505");
        String first = TestData.mobile();
        Subjects.anonymous(() -> registration.register(form(TestData.unique("first"), uscc, first, sentCode(first))));

        String second = TestData.mobile();
        BusinessException refused = catchThrowableOfType(BusinessException.class,
                () -> Subjects.anonymous(() -> registration.register(form(TestData.unique("second"), uscc, second, sentCode(second)))));

        assertThat(refused.messageKey()).isEqualTo("account.register.usccTaken");
        assertThat(refused.field()).hasValue("uscc");
        assertThat(new TestData(dataSource).count("select count(*) from enterprise where uscc = ?", uscc)).isEqualTo(1);
    }

    @Test
    void aWrongCheckCharacterIsRefusedAndNothingIsStored() {
        String valid = TestData.uscc("320505");
        String corrupted = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        String mobile = TestData.mobile();
        RegistrationForm form = form(TestData.unique("bad"), corrupted, mobile, "123456");

        BusinessException refused = catchThrowableOfType(BusinessException.class,
                () -> Subjects.anonymous(() -> registration.register(form)));

        assertThat(refused.field()).hasValue("uscc");
        assertThat(refused.messageKey()).isEqualTo("enterprise.uscc.checkCharacter");
        assertThat(accounts.isUserNameTaken(form.userName())).isFalse();
    }

    @Test
    void aWrongSmsCodeIsRefused() {
        String mobile = TestData.mobile();
        String code = sentCode(mobile);
        String wrong = code.equals("000000") ? "111111" : "000000";
        RegistrationForm form = form(TestData.unique("sms"), TestData.uscc("320505"), mobile, wrong);

        BusinessException refused = catchThrowableOfType(BusinessException.class,
                () -> Subjects.anonymous(() -> registration.register(form)));

        assertThat(refused.messageKey()).isEqualTo("sms.code.wrong");
        assertThat(accounts.isUserNameTaken(form.userName())).isFalse();
    }

    @Test
    void aTakenUserNameIsRefusedAtItsField() {
        String userName = TestData.unique("taken");
        String first = TestData.mobile();
        Subjects.anonymous(() -> registration.register(form(userName, TestData.uscc("320505"), first, sentCode(first))));
        String second = TestData.mobile();

        BusinessException refused = catchThrowableOfType(BusinessException.class, () -> Subjects.anonymous(
                () -> registration.register(form(userName.toUpperCase(), TestData.uscc("320505"), second, sentCode(second)))));

        assertThat(refused.field()).hasValue("userName");
        assertThat(refused.messageKey()).isEqualTo("account.userName.taken");
    }

    @Test
    void aTakenUsccIsToldOnlyToWhoeverProvedTheMobile() {
        String uscc = TestData.uscc("320505");
        String first = TestData.mobile();
        Subjects.anonymous(() -> registration.register(form(TestData.unique("first"), uscc, first, sentCode(first))));
        String second = TestData.mobile();
        String code = sentCode(second);
        String wrong = code.equals("000000") ? "111111" : "000000";

        BusinessException unproved = catchThrowableOfType(BusinessException.class, () -> Subjects.anonymous(
                () -> registration.register(form(TestData.unique("second"), uscc, second, wrong))));
        BusinessException proved = catchThrowableOfType(BusinessException.class, () -> Subjects.anonymous(
                () -> registration.register(form(TestData.unique("second"), uscc, second, code))));

        assertThat(unproved.faults()).extracting(f -> f.key()).containsExactly("sms.code.wrong");
        assertThat(proved.faults()).extracting(f -> f.key()).containsExactly(RegistrationService.FAULT_USCC_TAKEN);
    }

    @Test
    void twoRegistrationsOfOneUsccAtOnceMakeOneAccountAndTellTheOtherItIsTaken() throws Exception {
        String uscc = TestData.uscc("320505");
        List<RegistrationForm> forms = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String mobile = TestData.mobile();
            forms.add(form(TestData.unique("race"), uscc, mobile, sentCode(mobile)));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
            for (RegistrationForm form : forms) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        Subjects.anonymous(() -> registration.register(form));
                        return "registered";
                    } catch (BusinessException refused) {
                        return refused.field().orElse("") + ":" + refused.messageKey();
                    }
                }));
            }
            start.countDown();
            List<String> results = new java.util.ArrayList<>();
            for (var outcome : outcomes) {
                results.add(outcome.get(2, java.util.concurrent.TimeUnit.MINUTES));
            }
            assertThat(results).containsExactlyInAnyOrder("registered", "uscc:" + RegistrationService.FAULT_USCC_TAKEN);
        } finally {
            pool.shutdownNow();
        }
        assertThat(new TestData(dataSource).count("select count(*) from enterprise where uscc = ?", uscc)).isEqualTo(1);
    }

    private String sentCode(String mobile) {
        Subjects.anonymous(() -> {
            registration.sendCode(mobile);
            return null;
        });
        return DevelopmentSmsGateway.latest().stream().filter(m -> m.mobile().equals(mobile)).findFirst().orElseThrow().code();
    }

    static RegistrationForm form(String userName, String uscc, String mobile, String code) {
        return new RegistrationForm(userName, "Secret#2026", "Secret#2026", "测试企业" + userName, uscc, "3311", "320505",
                "苏州市虎丘区测试路 1 号", "张三", mobile, code, "it@example.com", EnterpriseSize.SMALL);
    }
}
