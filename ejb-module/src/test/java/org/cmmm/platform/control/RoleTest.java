package org.cmmm.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cmmm.platform.control.Role.ADMIN;
import static org.cmmm.platform.control.Role.ENTERPRISE;
import static org.cmmm.platform.control.Role.REGION_ADMIN;
import static org.cmmm.platform.control.Role.SUPPORT;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void rolesAreNamedAfterTheActorsAsTheSecurityConfigurationSpellsThem() {
        // the names are stored with accounts and written in the security configuration (shiro.ini, checked
        // against this enum by ShiroRolesTest of the web module): renaming one breaks both
        assertThat(Role.values()).extracting(Role::name)
                .containsExactly("ENTERPRISE", "REGION_ADMIN", "SUPPORT", "ADMIN");
    }

    @Test
    void onlySupportAndAdministratorsAreStaff() {
        // staff may act across regions on screens that say so; an enterprise or a regional admin never may
        assertThat(Arrays.stream(Role.values()).filter(Role::isStaff)).containsExactly(SUPPORT, ADMIN);
        assertThat(Arrays.stream(Role.values()).filter(role -> !role.isStaff())).containsExactly(ENTERPRISE, REGION_ADMIN);
    }
}
