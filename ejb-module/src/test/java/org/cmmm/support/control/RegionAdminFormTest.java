package org.cmmm.support.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class RegionAdminFormTest {

    @Test
    void aCompleteFormHasNoFaults() {
        assertThat(new RegionAdminForm("suzhou-admin", "Region#2026", "苏州市工信局", "13900000002", "320500").violations())
                .isEmpty();
    }

    @Test
    void aRegionCreatedBySupportIsAValidRegion() {
        assertThat(new RegionAdminForm("zone-admin", "Region#2026", "开发区管委会", "13900000002", "320500-01").violations())
                .isEmpty();
    }

    @Test
    void anEmptyFormNamesEveryField() {
        assertThat(new RegionAdminForm(null, null, " ", "12345", null).violations()).containsExactly(
                entry("userName", "account.userName.required"),
                entry("password", "account.password.length"),
                entry("displayName", "form.required"),
                entry("mobile", "account.mobile.invalid"),
                entry("regionCode", "region.invalid"));
    }

    @Test
    void aWeakPasswordIsRefusedWithItsFirstFault() {
        assertThat(new RegionAdminForm("suzhou-admin", "password", "苏州", "13900000002", "320500").violations())
                .containsExactly(entry("password", "account.password.classes"));
    }
}
