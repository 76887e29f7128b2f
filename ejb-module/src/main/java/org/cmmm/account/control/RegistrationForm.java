package org.cmmm.account.control;

import org.cmmm.sms.control.MobileNumber;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.cmmm.enterprise.control.EnterpriseSize;
import org.cmmm.platform.control.FormFaults;
import org.cmmm.enterprise.control.Uscc;

/**
 * What a new enterprise account enters at registration (the reference manual, §1.1: account and enterprise
 * data, * fields required). {@link #violations()} gives the first fault of each field, by field name, so
 * that the page shows every error at its field at once and the boundary checks the same rules again.
 */
public record RegistrationForm(String userName, String password, String passwordAgain, String enterpriseName,
                               String uscc, String industryCode, String regionCode, String address,
                               String contactPerson, String mobile, String smsCode, String email,
                               EnterpriseSize size) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern SMS_CODE = Pattern.compile("^\\d{6}$");

    public Map<String, String> violations() {
        Map<String, String> faults = new LinkedHashMap<>();
        FormFaults.first(faults, "userName", UserName.violations(userName));
        FormFaults.first(faults, "password", PasswordPolicy.violations(password == null ? "" : password, userName));
        if (password != null && !password.equals(passwordAgain)) {
            faults.putIfAbsent("passwordAgain", "account.password.mismatch");
        }
        FormFaults.required(faults, "enterpriseName", enterpriseName, 200);
        Uscc.validate(uscc).ifPresent(key -> faults.put("uscc", key));
        FormFaults.required(faults, "industryCode", industryCode, 5);
        FormFaults.required(faults, "regionCode", regionCode, 16);
        FormFaults.required(faults, "address", address, 200);
        FormFaults.required(faults, "contactPerson", contactPerson, 50);
        MobileNumber.validate(mobile).ifPresent(key -> faults.put("mobile", key));
        if (smsCode == null || !SMS_CODE.matcher(smsCode.strip()).matches()) {
            faults.put("smsCode", "sms.code.format");
        }
        if (email != null && !email.isBlank() && (email.length() > 100 || !EMAIL.matcher(email.strip()).matches()
                || FormFaults.textFault(email, 100, false).isPresent())) {
            faults.put("email", "account.email.invalid");
        }
        if (size == null) {
            faults.put("size", "enterprise.size.required");
        }
        return faults;
    }
}
