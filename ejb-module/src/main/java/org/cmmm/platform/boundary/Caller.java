package org.cmmm.platform.boundary;

import org.cmmm.platform.control.AccountPrincipal;

/**
 * Who is calling a boundary: the platform itself (no Shiro subject on the thread: a start-up task or a batch
 * job), a visitor who has not signed in (a web request's subject without an account), or a signed-in account.
 * A web request always carries a subject, so no request can pass for the platform itself.
 */
public sealed interface Caller {

    record System() implements Caller {
    }

    record Anonymous() implements Caller {
    }

    record SignedIn(AccountPrincipal user) implements Caller {
    }
}
