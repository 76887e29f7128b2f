package org.cmmm.platform.boundary;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cmmm.platform.control.Role;

/**
 * Who may call a boundary method (or every method of a boundary, on the class; a method's own declaration
 * wins). Checked on every call by {@link CallerCheck}; anyone not named is refused with
 * {@link org.cmmm.platform.control.BusinessException#FORBIDDEN}, and a method without a declaration refuses
 * everyone (the architecture test fails the build before that happens). Nested boundary calls keep the
 * original caller, so an inner boundary names everyone its callers serve.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {

    /** The roles of signed-in accounts that may call. */
    Role[] value() default {};

    /** Whether a visitor who has not signed in may call (registration, sign-in, password reset). */
    boolean anonymous() default false;

    /** Whether the platform itself may call with nobody signed in: start-up tasks and batch jobs. */
    boolean system() default false;
}
