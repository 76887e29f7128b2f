package org.cmmm.account.boundary;

import java.util.Optional;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.cmmm.account.control.AccountPrincipal;
import org.cmmm.platform.control.BusinessException;

/**
 * The signed-in account of the current thread, as the Shiro filter bound it to the request (or a test bound
 * it). Empty for anonymous requests, start-up tasks and jobs.
 */
public final class CurrentAccount {

    private CurrentAccount() {
    }

    public static Optional<AccountPrincipal> principal() {
        Subject subject = ThreadContext.getSubject();
        return subject != null && subject.isAuthenticated() && subject.getPrincipal() instanceof AccountPrincipal user
                ? Optional.of(user) : Optional.empty();
    }

    /** The enterprise of the signed-in enterprise user; anyone else is refused. */
    public static long enterpriseId() {
        return principal().map(AccountPrincipal::enterpriseId)
                .orElseThrow(() -> new BusinessException("diagnosis.enterpriseOnly"));
    }
}
