package org.cmmm.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FormFaultsTest {

    @ParameterizedTest
    @ValueSource(strings = {"苏州\u0001精工", "苏州\u000B精工", "苏州\u001B精工", "苏州\u0000精工", "苏州\u202E工精",
            "苏州\u2066精工\u2069", "苏州\u200B精工", "\uFEFF苏州精工", "苏州\n精工", "苏州\t精工", "苏州\u007F精工"})
    void controlAndInvisibleFormattingCharactersAreRefusedInAOneLineText(String typed) {
        Map<String, String> faults = new LinkedHashMap<>();
        FormFaults.required(faults, "enterpriseName", typed, 200);
        assertThat(faults).containsExactly(Map.entry("enterpriseName", FormFaults.CONTROL_CHARACTERS));
    }

    @Test
    void lineBreaksAreAllowedWhereATextMayHaveSeveralLinesButNothingElseInvisible() {
        assertThat(FormFaults.textFault("苏州市工信局来函\r\n第二段", 500, true)).isEmpty();
        assertThat(FormFaults.textFault("来函\u202E第二段", 500, true)).hasValue(FormFaults.CONTROL_CHARACTERS);
    }

    @Test
    void aTextOverTheLimitIsRefusedNotCutAndCharactersCountAsAPersonCountsThem() {
        Map<String, String> faults = new LinkedHashMap<>();
        FormFaults.required(faults, "userName", "A".repeat(10_000), 32);
        assertThat(faults).containsExactly(Map.entry("userName", FormFaults.TOO_LONG));
        assertThat(FormFaults.textFault("江".repeat(50), 50, false)).isEmpty();
        assertThat(FormFaults.textFault("𠀀".repeat(50), 50, false)).as("50 characters outside the BMP").isEmpty();
        assertThat(FormFaults.textFault("江".repeat(51), 50, false)).hasValue(FormFaults.TOO_LONG);
    }

    @Test
    void blankIsRequiredAndOrdinaryTextPasses() {
        Map<String, String> faults = new LinkedHashMap<>();
        FormFaults.required(faults, "address", "  ", 200);
        FormFaults.required(faults, "contactPerson", "王工 (Wang)", 50);
        assertThat(faults).containsExactly(Map.entry("address", FormFaults.REQUIRED));
    }
}
