package org.cmmm.platform.control;

import java.io.Serializable;

/**
 * Who is signed in, as the session keeps it: enough to decide what the user may see without a database
 * round trip. {@code regionPath} is the path of a regional admin's region; {@code enterpriseId} the
 * enterprise of an enterprise user.
 */
public record AccountPrincipal(long accountId, String userName, String displayName, Role role, Long enterpriseId,
                               String regionPath) implements Serializable {

    @Override
    public String toString() {
        return userName; // what Shiro and the logs show
    }
}
