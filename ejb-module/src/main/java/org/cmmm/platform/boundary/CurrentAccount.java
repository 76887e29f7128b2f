package org.cmmm.platform.boundary;

import java.util.Optional;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.cmmm.platform.control.AccountPrincipal;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.control.Role;

/**
 * The signed-in account of the current thread, as the Shiro filter bound it to the request (or a test bound
 * it): the one place that reads who is signed in. Empty for visitors, start-up tasks and jobs.
 */
public final class CurrentAccount {

    private CurrentAccount() {
    }

    public static Optional<AccountPrincipal> principal() {
        Subject subject = ThreadContext.getSubject();
        return subject != null && subject.isAuthenticated() && subject.getPrincipal() instanceof AccountPrincipal user
                ? Optional.of(user) : Optional.empty();
    }

    /** Who calls: the platform itself, a visitor or a signed-in account. */
    public static Caller caller() {
        if (ThreadContext.getSubject() == null) {
            return new Caller.System();
        }
        return principal().<Caller>map(Caller.SignedIn::new).orElseGet(Caller.Anonymous::new);
    }

    /** The signed-in account; anyone else is refused. */
    public static AccountPrincipal require() {
        return principal().orElseThrow(BusinessException::forbidden);
    }

    /** The signed-in account, provided it has one of these roles; anyone else is refused. */
    public static AccountPrincipal require(Role... roles) {
        AccountPrincipal user = require();
        for (Role role : roles) {
            if (user.role() == role) {
                return user;
            }
        }
        throw BusinessException.forbidden();
    }

    /** The signed-in support user or administrator; anyone else is refused. */
    public static AccountPrincipal requireStaff() {
        AccountPrincipal user = require();
        if (!user.role().isStaff()) {
            throw BusinessException.forbidden();
        }
        return user;
    }

    /** The enterprise of the signed-in enterprise user; anyone else is refused. */
    public static long requireEnterpriseId() {
        AccountPrincipal user = require(Role.ENTERPRISE);
        if (user.enterpriseId() == null) {
            throw BusinessException.forbidden();
        }
        return user.enterpriseId();
    }
}
