package org.cmmm.enterprise.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.cmmm.platform.control.FormFaults;
import org.cmmm.sms.control.MobileNumber;

/**
 * The contact data an enterprise keeps up to date itself (manual §1.1: 企业信息; name and USCC are not among
 * them — they come from the business licence and only support changes them): address, contact person, the
 * contact's mobile and an optional e-mail, with the same rules as at registration. {@link #violations()} gives
 * the first fault of each field by field name, so the page shows every error at its field at once and the
 * boundary checks the same rules again.
 */
public record EnterpriseContact(String address, String contactPerson, String contactMobile, String email) {

    public static final int ADDRESS_MAX = 200;
    public static final int CONTACT_PERSON_MAX = 50;
    public static final int EMAIL_MAX = 100;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public Map<String, String> violations() {
        Map<String, String> faults = new LinkedHashMap<>();
        FormFaults.required(faults, "address", address, ADDRESS_MAX);
        FormFaults.required(faults, "contactPerson", contactPerson, CONTACT_PERSON_MAX);
        MobileNumber.validate(contactMobile).ifPresent(key -> faults.put("contactMobile", key));
        if (email != null && !email.isBlank() && (email.strip().length() > EMAIL_MAX || !EMAIL.matcher(email.strip()).matches()
                || FormFaults.textFault(email, EMAIL_MAX, false).isPresent())) {
            faults.put("email", "account.email.invalid");
        }
        return faults;
    }

    /** The data as stored: blanks dropped, the mobile normalized, an empty e-mail as none. Call when valid. */
    public EnterpriseContact normalized() {
        return new EnterpriseContact(address.strip(), contactPerson.strip(), MobileNumber.parse(contactMobile).value(),
                email == null || email.isBlank() ? null : email.strip());
    }
}
