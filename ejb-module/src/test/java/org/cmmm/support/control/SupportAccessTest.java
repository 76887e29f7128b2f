package org.cmmm.support.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cmmm.platform.control.AccountPrincipal;
import org.cmmm.platform.control.Role;
import org.cmmm.platform.control.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SupportAccessTest {

    private static AccountPrincipal user(Role role) {
        return new AccountPrincipal(1, "someone", "Someone", role, role == Role.ENTERPRISE ? 7L : null,
                role == Role.REGION_ADMIN ? "/320000/" : null);
    }

    @Test
    void supportActsOnEnterpriseAndRegionalAdminAccountsOnly() {
        AccountPrincipal support = user(Role.SUPPORT);
        assertThat(SupportAccess.mayActOn(support, Role.ENTERPRISE)).isTrue();
        assertThat(SupportAccess.mayActOn(support, Role.REGION_ADMIN)).isTrue();
        assertThat(SupportAccess.mayActOn(support, Role.SUPPORT)).isFalse();
        assertThat(SupportAccess.mayActOn(support, Role.ADMIN)).isFalse();
        assertThatThrownBy(() -> SupportAccess.requireMayActOn(support, Role.ADMIN)).hasMessage("support.forbidden");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void anAdministratorActsOnEveryAccount(Role target) {
        assertThat(SupportAccess.mayActOn(user(Role.ADMIN), target)).isTrue();
    }
}
