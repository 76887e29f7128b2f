package org.cmmm.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cmmm.platform.control.Role.ADMIN;
import static org.cmmm.platform.control.Role.ENTERPRISE;
import static org.cmmm.platform.control.Role.REGION_ADMIN;
import static org.cmmm.platform.control.Role.SUPPORT;

import java.lang.reflect.Method;
import org.cmmm.platform.control.AccountPrincipal;
import org.cmmm.platform.control.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CallerCheckTest {

    @Allowed({SUPPORT, ADMIN})
    static class StaffBoundary {
        public void search() {
        }

        @Allowed(value = ADMIN, system = true)
        public void importModel() {
        }

        @Public
        public void provinces() {
        }
    }

    static class Undeclared {
        public void anything() {
        }
    }

    @Public
    static class PublicBoundary {
        public void notices() {
        }

        @Allowed(anonymous = true)
        public void register() {
        }
    }

    private static Caller signedIn(Role role) {
        return new Caller.SignedIn(new AccountPrincipal(1, "u", "U", role, role == ENTERPRISE ? 7L : null,
                role == REGION_ADMIN ? "/320000/" : null));
    }

    private static boolean permits(Class<?> type, String method, Caller caller) throws NoSuchMethodException {
        Method m = type.getMethod(method);
        return CallerCheck.permits(m, caller);
    }

    @Test
    void theClassDeclarationNamesTheRolesOfEveryMethodWithoutItsOwn() throws Exception {
        assertThat(permits(StaffBoundary.class, "search", signedIn(SUPPORT))).isTrue();
        assertThat(permits(StaffBoundary.class, "search", signedIn(ADMIN))).isTrue();
        assertThat(permits(StaffBoundary.class, "search", signedIn(ENTERPRISE))).isFalse();
        assertThat(permits(StaffBoundary.class, "search", signedIn(REGION_ADMIN))).isFalse();
        assertThat(permits(StaffBoundary.class, "search", new Caller.Anonymous())).isFalse();
        assertThat(permits(StaffBoundary.class, "search", new Caller.System())).isFalse();
    }

    @Test
    void aMethodDeclarationWinsOverTheClass() throws Exception {
        assertThat(permits(StaffBoundary.class, "importModel", signedIn(SUPPORT))).isFalse();
        assertThat(permits(StaffBoundary.class, "importModel", signedIn(ADMIN))).isTrue();
        assertThat(permits(StaffBoundary.class, "importModel", new Caller.System())).isTrue();
        assertThat(permits(StaffBoundary.class, "provinces", new Caller.Anonymous())).isTrue();
        assertThat(permits(PublicBoundary.class, "register", signedIn(ENTERPRISE))).isFalse();
        assertThat(permits(PublicBoundary.class, "register", new Caller.Anonymous())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void aPublicMethodServesEveryone(Role role) throws Exception {
        assertThat(permits(PublicBoundary.class, "notices", signedIn(role))).isTrue();
        assertThat(permits(PublicBoundary.class, "notices", new Caller.Anonymous())).isTrue();
        assertThat(permits(PublicBoundary.class, "notices", new Caller.System())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void aMethodWithoutDeclarationRefusesEveryone(Role role) throws Exception {
        assertThat(permits(Undeclared.class, "anything", signedIn(role))).isFalse();
        assertThat(permits(Undeclared.class, "anything", new Caller.Anonymous())).isFalse();
        assertThat(permits(Undeclared.class, "anything", new Caller.System())).isFalse();
    }
}
