package org.cmmm.it;

import java.util.concurrent.Callable;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.ExecutionException;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.cmmm.platform.control.AccountPrincipal;
import org.cmmm.platform.control.Role;

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

    /** A visitor who has not signed in: what an anonymous web request carries. */
    public static <T> T anonymous(Callable<T> work) {
        return run(new Subject.Builder(SECURITY).buildSubject(), work);
    }

    /**
     * The platform itself: no subject on the thread at all, as in a start-up task or a batch job. (An in-container
     * test runs inside a web request, which the Shiro filter gave an anonymous subject; it is taken off here.)
     */
    public static <T> T system(Callable<T> work) {
        Subject request = ThreadContext.unbindSubject();
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (request != null) {
                ThreadContext.bind(request);
            }
        }
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
