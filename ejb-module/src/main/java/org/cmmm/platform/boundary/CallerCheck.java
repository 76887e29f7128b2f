package org.cmmm.platform.boundary;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.cmmm.platform.control.BusinessException;

/**
 * Enforces the who-may-call declaration ({@link Allowed}, {@link Public}) of every boundary method: a default
 * interceptor of every EJB of the module (META-INF/ejb-jar.xml), run before the tenant rule, so no boundary can
 * forget it and no page or crafted request can reach a method its user may not call. A method's declaration
 * wins over its class's; with none, the call is refused.
 */
public class CallerCheck {

    @AroundInvoke
    public Object requireAllowedCaller(InvocationContext invocation) throws Exception {
        if (!permits(invocation.getMethod(), CurrentAccount.caller())) {
            throw BusinessException.forbidden();
        }
        return invocation.proceed();
    }

    static boolean permits(Method method, Caller caller) {
        if (method.isAnnotationPresent(Public.class)) {
            return true;
        }
        Allowed allowed = method.getAnnotation(Allowed.class);
        if (allowed == null) {
            if (method.getDeclaringClass().isAnnotationPresent(Public.class)) {
                return true;
            }
            allowed = method.getDeclaringClass().getAnnotation(Allowed.class);
        }
        return allowed != null && permits(allowed, caller);
    }

    static boolean permits(Allowed allowed, Caller caller) {
        if (caller instanceof Caller.SignedIn signedIn) {
            return Arrays.asList(allowed.value()).contains(signedIn.user().role());
        }
        return caller instanceof Caller.Anonymous ? allowed.anonymous() : allowed.system();
    }
}
