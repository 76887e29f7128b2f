package org.cmmm.support.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cmmm.sms.control.MobileNumber;

/**
 * A change of an account's registered mobile by support (manual §3.1: when the registered number is not the
 * user's and cannot be reached, the user asks the platform to change it). The number receives password-reset
 * codes, so whoever holds it can take the account over: the change always states why ({@link StatedReason}),
 * and the reason goes to the audit log.
 */
public record MobileChangeForm(String newMobile, String reason) {

    public Map<String, String> violations() {
        Map<String, String> faults = new LinkedHashMap<>();
        MobileNumber.validate(newMobile).ifPresent(key -> faults.put("newMobile", key));
        StatedReason.fault(reason).ifPresent(key -> faults.put("reason", key));
        return faults;
    }
}
