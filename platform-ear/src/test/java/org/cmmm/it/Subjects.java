package org.cmmm.it;

import java.util.concurrent.Callable;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.ExecutionException;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.cmmm.account.control.AccountPrincipal;
import org.cmmm.account.control.Role;

/** Runs code in a test as a signed-in user of a role, the way the Shiro filter binds one to a request. */
public final class Subjects {

    private static final DefaultSecurityManager SECURITY = new DefaultSecurityManager();

    private Subjects() {
    }

    public static AccountPrincipal principal(Role role, Long enterpriseId, String regionPath) {
        return new AccountPrincipal(0, "it-" + role.name().toLowerCase(), "it", role, enterpriseId, regionPath);
    }

    public static <T> T as(AccountPrincipal user, Callable<T> work) {
        return run(new Subject.Builder(SECURITY)
                .principals(new SimplePrincipalCollection(user, "it"))
                .authenticated(true)
                .buildSubject(), work);
    }

    /** No one signed in: what an anonymous request or a background task sees. */
    public static <T> T anonymous(Callable<T> work) {
        return run(new Subject.Builder(SECURITY).buildSubject(), work);
    }

    /** Runs the work bound to the subject; what the work throws comes out unwrapped. */
    private static <T> T run(Subject subject, Callable<T> work) {
        try {
            return subject.execute(work);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
