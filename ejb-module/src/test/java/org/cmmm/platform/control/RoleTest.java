package org.cmmm.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void rolesAreNamedAfterTheActorsAsTheSecurityConfigurationSpellsThem() {
        // the names are stored with accounts and written in the security configuration: renaming one breaks both
        assertThat(Role.values()).extracting(Role::name)
                .containsExactly("ENTERPRISE", "REGION_ADMIN", "SUPPORT", "ADMIN");
    }
}
