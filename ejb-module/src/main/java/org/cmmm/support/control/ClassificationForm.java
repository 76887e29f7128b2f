package org.cmmm.support.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cmmm.enterprise.control.EnterpriseSize;
import org.cmmm.platform.control.FormFaults;

/**
 * Where support counts an enterprise: its region, industry class (GB/T 4754) and size, changed on request (a
 * move, a registration corrected) for a stated reason. Statistics group by all three, so a change is audited.
 */
public record ClassificationForm(String regionCode, String industryCode, EnterpriseSize size, String reason) {

    public Map<String, String> violations() {
        Map<String, String> faults = new LinkedHashMap<>();
        FormFaults.required(faults, "regionCode", regionCode, 16);
        FormFaults.required(faults, "industryCode", industryCode, 5);
        if (size == null) {
            faults.put("size", FormFaults.REQUIRED);
        }
        StatedReason.fault(reason).ifPresent(key -> faults.put("reason", key));
        return faults;
    }
}
