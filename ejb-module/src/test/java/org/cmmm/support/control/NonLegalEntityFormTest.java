package org.cmmm.support.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.cmmm.enterprise.control.EnterpriseSize;
import org.junit.jupiter.api.Test;

class NonLegalEntityFormTest {

    private static final String PARENT_USCC = "91320505MA0000001" + org.cmmm.enterprise.control.Uscc.checkCharacterOf("91320505MA0000001");

    static NonLegalEntityForm valid(String parentUscc) {
        return new NonLegalEntityForm("苏州精密制造有限公司虎丘分厂", parentUscc, "3311", EnterpriseSize.SMALL, "320505",
                "苏州市虎丘区测试路 1 号", "张三", "139 0000 0001", "huqiu-plant", "Plant#2026");
    }

    @Test
    void aCompleteFormWithoutParentHasNoFaults() {
        assertThat(valid(null).violations()).isEmpty();
        assertThat(valid("  ").violations()).isEmpty();
        assertThat(valid(null).hasParent()).isFalse();
    }

    @Test
    void aCompleteFormWithAValidParentCodeHasNoFaults() {
        assertThat(valid(PARENT_USCC).violations()).isEmpty();
        assertThat(valid(PARENT_USCC).hasParent()).isTrue();
    }

    @Test
    void aParentCodeWithAWrongCheckCharacterIsAFaultOfTheParentField() {
        String corrupted = PARENT_USCC.substring(0, 17) + (PARENT_USCC.charAt(17) == '0' ? '1' : '0');
        assertThat(valid(corrupted).violations()).containsExactly(entry("parentUscc", "enterprise.uscc.checkCharacter"));
    }

    @Test
    void anEmptyFormNamesEveryRequiredFieldInPageOrder() {
        NonLegalEntityForm empty = new NonLegalEntityForm("", null, null, null, null, " ", null, null, null, null);
        assertThat(empty.violations()).containsExactly(
                entry("unitName", "form.required"),
                entry("industryCode", "form.required"),
                entry("size", "enterprise.size.required"),
                entry("regionCode", "region.invalid"),
                entry("address", "form.required"),
                entry("contactPerson", "form.required"),
                entry("mobile", "account.mobile.invalid"),
                entry("userName", "account.userName.required"),
                entry("password", "account.password.length"));
    }

    @Test
    void aPasswordContainingTheUserNameIsRefused() {
        NonLegalEntityForm form = new NonLegalEntityForm("分厂", null, "3311", EnterpriseSize.SMALL, "320505", "地址", "张三",
                "13900000001", "plant", "Plant#2026");
        assertThat(form.violations()).containsExactly(entry("password", "account.password.containsUserName"));
    }

    @Test
    void aMalformedRegionCodeIsRefused() {
        NonLegalEntityForm form = new NonLegalEntityForm("分厂", null, "3311", EnterpriseSize.SMALL, "32050", "地址", "张三",
                "13900000001", "huqiu-plant", "Plant#2026");
        assertThat(form.violations()).containsExactly(entry("regionCode", "region.invalid"));
    }

    @Test
    void aNameLongerThanTheColumnIsTooLong() {
        NonLegalEntityForm form = new NonLegalEntityForm("厂".repeat(201), null, "3311", EnterpriseSize.SMALL, "320505",
                "地址", "张三", "13900000001", "huqiu-plant", "Plant#2026");
        assertThat(form.violations()).containsExactly(entry("unitName", "form.tooLong"));
    }
}
