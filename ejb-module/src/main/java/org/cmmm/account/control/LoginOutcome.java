package org.cmmm.account.control;

import org.cmmm.platform.control.AccountPrincipal;

import java.time.Duration;

/**
 * What a login attempt came to. Returned rather than thrown, because a failed attempt must still be recorded
 * (a business exception would roll the count back).
 */
public sealed interface LoginOutcome {

    record Success(AccountPrincipal principal) implements LoginOutcome {
    }

    /** Wrong user name or password: deliberately one outcome, so that a message never tells which. */
    record Failed() implements LoginOutcome {
    }

    record Locked(Duration remaining) implements LoginOutcome {
    }
}
