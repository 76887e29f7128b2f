package org.cmmm.account.control;

import org.cmmm.sms.control.MobileNumber;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cmmm.enterprise.control.EnterpriseSize;
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
        first(faults, "userName", UserName.violations(userName));
        first(faults, "password", PasswordPolicy.violations(password == null ? "" : password, userName));
        if (password != null && !password.equals(passwordAgain)) {
            faults.putIfAbsent("passwordAgain", "account.password.mismatch");
        }
        required(faults, "enterpriseName", enterpriseName, 200);
        Uscc.validate(uscc).ifPresent(key -> faults.put("uscc", key));
        required(faults, "industryCode", industryCode, 5);
        required(faults, "regionCode", regionCode, 16);
        required(faults, "address", address, 200);
        required(faults, "contactPerson", contactPerson, 50);
        MobileNumber.validate(mobile).ifPresent(key -> faults.put("mobile", key));
        if (smsCode == null || !SMS_CODE.matcher(smsCode.strip()).matches()) {
            faults.put("smsCode", "sms.code.format");
        }
        if (email != null && !email.isBlank() && (email.length() > 100 || !EMAIL.matcher(email.strip()).matches())) {
            faults.put("email", "account.email.invalid");
        }
        if (size == null) {
            faults.put("size", "enterprise.size.required");
        }
        return faults;
    }

    private static void first(Map<String, String> faults, String field, List<String> keys) {
        if (!keys.isEmpty()) {
            faults.put(field, keys.get(0));
        }
    }

    private static void required(Map<String, String> faults, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            faults.put(field, "form.required");
        } else if (value.strip().length() > maxLength) {
            faults.put(field, "form.tooLong");
        }
    }
}
