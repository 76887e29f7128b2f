package org.cmmm.support.boundary;

import java.io.Serializable;
import org.cmmm.platform.control.Role;

/**
 * An account as the support search lists it. Support sees the full mobile number: it is what the user reads
 * out on the phone. {@code locked} is whether the login lockout holds now; {@code failedLogins} the failures
 * of the current run.
 */
public record AccountSummary(long id, String userName, String displayName, Role role, String mobile,
                             Long enterpriseId, String regionCode, boolean locked, int failedLogins,
                             boolean active) implements Serializable {
}
