package org.cmmm.support.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cmmm.platform.control.FormFaults;
import org.cmmm.sms.control.MobileNumber;
import org.cmmm.account.control.PasswordPolicy;
import org.cmmm.account.control.UserName;
import org.cmmm.region.control.RegionCode;

/**
 * What support enters to create the account of a regional authority's administrator, bound to the region it
 * is responsible for (it then sees that region and every region below it). {@link #violations()} gives the
 * first fault of each field, by field name.
 */
public record RegionAdminForm(String userName, String password, String displayName, String mobile, String regionCode) {

    public Map<String, String> violations() {
        Map<String, String> faults = new LinkedHashMap<>();
        FormFaults.first(faults, "userName", UserName.violations(userName));
        FormFaults.first(faults, "password", PasswordPolicy.violations(password, userName));
        FormFaults.required(faults, "displayName", displayName, 50);
        MobileNumber.validate(mobile).ifPresent(key -> faults.put("mobile", key));
        if (FormFaults.isBlank(regionCode) || RegionCode.validate(regionCode.strip()).isPresent()) {
            faults.put("regionCode", "region.invalid");
        }
        return faults;
    }
}
