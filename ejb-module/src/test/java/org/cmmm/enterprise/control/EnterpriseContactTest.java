package org.cmmm.enterprise.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnterpriseContactTest {

    @Test
    void completeContactDataHaveNoFault() {
        assertThat(new EnterpriseContact("苏州市虎丘区测试路 1 号", "张三", "13800138000", "it@example.com").violations()).isEmpty();
    }

    @Test
    void theEmailIsOptional() {
        assertThat(new EnterpriseContact("苏州市虎丘区测试路 1 号", "张三", "13800138000", "  ").violations()).isEmpty();
        assertThat(new EnterpriseContact("苏州市虎丘区测试路 1 号", "张三", "13800138000", null).violations()).isEmpty();
    }

    @Test
    void everyFaultIsReportedAtItsFieldAtOnce() {
        assertThat(new EnterpriseContact(" ", null, "12345", "not-an-address").violations()).containsExactly(
                Map.entry("address", "form.required"),
                Map.entry("contactPerson", "form.required"),
                Map.entry("contactMobile", "account.mobile.invalid"),
                Map.entry("email", "account.email.invalid"));
    }

    @Test
    void tooLongTextIsRefused() {
        assertThat(new EnterpriseContact("路".repeat(201), "人".repeat(51), "13800138000", "a".repeat(95) + "@x.com").violations())
                .containsExactly(Map.entry("address", "form.tooLong"), Map.entry("contactPerson", "form.tooLong"),
                        Map.entry("email", "account.email.invalid"));
    }

    @Test
    void storedDataAreStrippedWithTheMobileNormalizedAndNoEmptyEmail() {
        EnterpriseContact typed = new EnterpriseContact(" 测试路 1 号 ", " 张三 ", "+86 138-0013-8000", " ");
        assertThat(typed.normalized()).isEqualTo(new EnterpriseContact("测试路 1 号", "张三", "13800138000", null));
    }
}
