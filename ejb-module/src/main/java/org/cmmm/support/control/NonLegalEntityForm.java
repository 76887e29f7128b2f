package org.cmmm.support.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cmmm.platform.control.FormFaults;
import org.cmmm.sms.control.MobileNumber;
import org.cmmm.account.control.PasswordPolicy;
import org.cmmm.account.control.UserName;
import org.cmmm.enterprise.control.EnterpriseSize;
import org.cmmm.enterprise.control.Uscc;
import org.cmmm.region.control.RegionCode;

/**
 * What support enters to create a unit that is not a legal entity, with its account (manual §3.2: 非独立法人单位
 * 无法注册，请联系平台技术支持进行后台创建). Such a unit has no USCC of its own; when it belongs to an enterprise
 * (a branch, a plant), {@code parentUscc} names that enterprise by its code, as support reads it from the
 * parent's business licence. The password is the initial one support gives the unit. {@link #violations()}
 * gives the first fault of each field, by field name, in the order of the page.
 */
public record NonLegalEntityForm(String unitName, String parentUscc, String industryCode, EnterpriseSize size,
                                 String regionCode, String address, String contactPerson, String mobile,
                                 String userName, String password) {

    public Map<String, String> violations() {
        Map<String, String> faults = new LinkedHashMap<>();
        FormFaults.required(faults, "unitName", unitName, 200);
        if (!FormFaults.isBlank(parentUscc)) {
            Uscc.validate(parentUscc).ifPresent(key -> faults.put("parentUscc", key));
        }
        FormFaults.required(faults, "industryCode", industryCode, 5);
        if (size == null) {
            faults.put("size", "enterprise.size.required");
        }
        if (FormFaults.isBlank(regionCode)) {
            faults.put("regionCode", "region.invalid");
        } else {
            RegionCode.validate(regionCode.strip()).ifPresent(key -> faults.put("regionCode", "region.invalid"));
        }
        FormFaults.required(faults, "address", address, 200);
        FormFaults.required(faults, "contactPerson", contactPerson, 50);
        MobileNumber.validate(mobile).ifPresent(key -> faults.put("mobile", key));
        FormFaults.first(faults, "userName", UserName.violations(userName));
        FormFaults.first(faults, "password", PasswordPolicy.violations(password, userName));
        return faults;
    }

    /** Whether the unit belongs to a parent enterprise. */
    public boolean hasParent() {
        return !FormFaults.isBlank(parentUscc);
    }
}
