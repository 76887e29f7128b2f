package org.cmmm.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.cmmm.enterprise.control.EnterpriseSize;
import org.junit.jupiter.api.Test;

/** Every field of the registration form is checked, each fault reported at its own field. */
class RegistrationFormTest {

    private static RegistrationForm valid() {
        return new RegistrationForm("zhangsan", "Secret#2026", "Secret#2026", "苏州示范精密机械有限公司",
                "91350100M000100Y43", "3311", "320505", "苏州市虎丘区示范路 1 号", "张三", "13800138000", "123456",
                "zhang@example.com", EnterpriseSize.SMALL);
    }

    @Test
    void aCompleteFormHasNoFaults() {
        assertThat(valid().violations()).isEmpty();
    }

    @Test
    void anEmptyFormReportsEveryRequiredField() {
        RegistrationForm empty = new RegistrationForm(null, null, null, null, null, null, null, null, null, null, null,
                null, null);
        assertThat(empty.violations()).containsKeys("userName", "password", "enterpriseName", "uscc", "industryCode",
                "regionCode", "address", "contactPerson", "mobile", "smsCode", "size");
        assertThat(empty.violations()).doesNotContainKey("email"); // optional
    }

    @Test
    void eachFaultIsReportedAtItsField() {
        RegistrationForm form = new RegistrationForm("1abc", "short", "other", "名", "91350100M000100Y44", "3311", "320505",
                "地址", "张三", "12345", "12ab", "not-an-email", EnterpriseSize.SMALL);
        assertThat(form.violations())
                .containsEntry("userName", "account.userName.start")
                .containsEntry("password", "account.password.length")
                .containsEntry("passwordAgain", "account.password.mismatch")
                .containsEntry("uscc", "enterprise.uscc.checkCharacter")
                .containsEntry("mobile", "account.mobile.invalid")
                .containsEntry("smsCode", "sms.code.format")
                .containsEntry("email", "account.email.invalid");
    }

    @Test
    void aPasswordContainingTheUserNameIsRefused() {
        RegistrationForm form = new RegistrationForm("zhangsan", "Zhangsan#2026", "Zhangsan#2026", "名称", "91350100M000100Y43",
                "3311", "320505", "地址", "张三", "13800138000", "123456", null, EnterpriseSize.SMALL);
        assertThat(form.violations()).containsEntry("password", "account.password.containsUserName");
    }
}
