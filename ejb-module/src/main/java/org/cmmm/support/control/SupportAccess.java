package org.cmmm.support.control;

import org.cmmm.platform.control.AccountPrincipal;
import org.cmmm.platform.control.Role;
import org.cmmm.platform.control.BusinessException;

/**
 * Whose accounts support may act on. Who may use the back office at all (support and administrators) is the
 * boundary's who-may-call declaration; beyond that, support may act on enterprise and regional admin accounts only, because a changed mobile number lets its holder
 * reset the password: a support user who could change an administrator's mobile could take the account over.
 * Administrators may act on every account.
 */
public final class SupportAccess {

    public static final String FAULT_FORBIDDEN = "support.forbidden";

    private SupportAccess() {
    }

    /** Whether this support user or administrator may change or unlock an account of the given role. */
    public static boolean mayActOn(AccountPrincipal actor, Role target) {
        if (actor.role() == Role.ADMIN) {
            return true;
        }
        return actor.role() == Role.SUPPORT && (target == Role.ENTERPRISE || target == Role.REGION_ADMIN);
    }

    /** Refuses an action on an account of a role this user may not touch. */
    public static void requireMayActOn(AccountPrincipal actor, Role target) {
        if (!mayActOn(actor, target)) {
            throw new BusinessException(FAULT_FORBIDDEN);
        }
    }
}
