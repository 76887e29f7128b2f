package org.cmmm.support.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cmmm.platform.control.FormFaults;
import org.cmmm.sms.control.MobileNumber;

/**
 * A change of an account's registered mobile by support (manual §3.1: when the registered number is not the
 * user's and cannot be reached, the user asks the platform to change it). The number receives password-reset
 * codes, so whoever holds it can take the account over: the change always states why, in
 * {@value #MIN_REASON}–{@value #MAX_REASON} characters, and the reason goes to the audit log.
 */
public record MobileChangeForm(String newMobile, String reason) {

    public static final int MIN_REASON = 5;
    public static final int MAX_REASON = 500;

    public static final String FAULT_REASON_REQUIRED = "support.reason.required";
    public static final String FAULT_REASON_LENGTH = "support.reason.length";

    public Map<String, String> violations() {
        Map<String, String> faults = new LinkedHashMap<>();
        MobileNumber.validate(newMobile).ifPresent(key -> faults.put("newMobile", key));
        String stated = reason == null ? "" : reason.strip();
        int length = stated.codePointCount(0, stated.length());
        if (stated.isEmpty()) {
            faults.put("reason", FAULT_REASON_REQUIRED);
        } else if (FormFaults.textFault(reason, Integer.MAX_VALUE, true).isPresent()) {
            faults.put("reason", FormFaults.CONTROL_CHARACTERS);
        } else if (length < MIN_REASON || length > MAX_REASON) {
            faults.put("reason", FAULT_REASON_LENGTH);
        }
        return faults;
    }
}
