package org.cmmm.account.control;

import java.time.Duration;

/**
 * The login failure rule (GB/T 22239-2019, 身份鉴别: "限制非法登录次数"): after {@value #MAX_CONSECUTIVE_FAILURES}
 * consecutive failed logins within {@link #FAILURE_WINDOW} the account is locked for {@link #LOCK_DURATION}.
 * A successful login resets the count, a lock expires by itself, and support can lift it at once (for the
 * enterprise on the phone that cannot wait). The rule is applied by {@link LoginAttempts}, the per-account
 * state that is stored with the account.
 *
 * <p>The window is fixed, counted from the first failure of a run: a failure
 * {@link #FAILURE_WINDOW} or later after that first one starts a new run. This needs only one timestamp per
 * account; it lets a guesser try at most four passwords per quarter hour without locking, which the password
 * policy makes useless. A lock is not extended by attempts made while it holds, so a stranger who knows a
 * user name can keep the account locked no longer than by waiting and failing five times again.
 */
public final class LoginLockout {

    public static final int MAX_CONSECUTIVE_FAILURES = 5;
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    public static final String FAULT_LOCKED = "account.login.locked";

    private LoginLockout() {
    }
}
