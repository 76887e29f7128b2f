package org.cmmm.support.control;

import java.util.List;
import java.util.Map;

/** The field rules the support forms share; the keys are those of the registration form. */
final class FormFaults {

    static final String REQUIRED = "form.required";
    static final String TOO_LONG = "form.tooLong";

    private FormFaults() {
    }

    static void first(Map<String, String> faults, String field, List<String> keys) {
        if (!keys.isEmpty()) {
            faults.put(field, keys.get(0));
        }
    }

    static void required(Map<String, String> faults, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            faults.put(field, REQUIRED);
        } else if (value.strip().length() > maxLength) {
            faults.put(field, TOO_LONG);
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
