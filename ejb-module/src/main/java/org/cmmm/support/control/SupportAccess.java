package org.cmmm.support.control;

import org.cmmm.account.control.AccountPrincipal;
import org.cmmm.account.control.Role;
import org.cmmm.platform.control.BusinessException;

/**
 * Who may use the support back office, checked in the boundary and not only by the URL rules, so that a page
 * or a job that calls it by mistake is refused too. Support and administrators may use it (Role); support
 * may act on enterprise and regional admin accounts only, because a changed mobile number lets its holder
 * reset the password: a support user who could change an administrator's mobile could take the account over.
 * Administrators may act on every account.
 */
public final class SupportAccess {

    public static final String FAULT_FORBIDDEN = "support.forbidden";

    private SupportAccess() {
    }

    /**
     * The signed-in support user or administrator.
     *
     * @param principal the principal of the current subject, or {@code null} when no one is signed in
     * @throws BusinessException {@value #FAULT_FORBIDDEN} for anyone else
     */
    public static AccountPrincipal require(Object principal) {
        if (principal instanceof AccountPrincipal user && user.role().isStaff()) {
            return user;
        }
        throw new BusinessException(FAULT_FORBIDDEN);
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
