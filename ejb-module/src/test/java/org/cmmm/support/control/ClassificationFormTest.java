package org.cmmm.support.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.cmmm.enterprise.control.EnterpriseSize;
import org.cmmm.platform.control.FormFaults;
import org.junit.jupiter.api.Test;

class ClassificationFormTest {

    @Test
    void aCompleteFormWithAReasonHasNoFaults() {
        assertThat(new ClassificationForm("320102", "3311", EnterpriseSize.MEDIUM, "企业已迁址南京").violations()).isEmpty();
    }

    @Test
    void everyMissingFieldAndAMissingReasonAreNamedAtOnce() {
        assertThat(new ClassificationForm(" ", null, null, "").violations()).containsExactly(
                Map.entry("regionCode", FormFaults.REQUIRED), Map.entry("industryCode", FormFaults.REQUIRED),
                Map.entry("size", FormFaults.REQUIRED), Map.entry("reason", StatedReason.FAULT_REQUIRED));
    }

    @Test
    void aReasonIsFiveToFiveHundredCharactersWithoutControlCharacters() {
        assertThat(StatedReason.fault("迁址")).hasValue(StatedReason.FAULT_LENGTH);
        assertThat(StatedReason.fault("x".repeat(501))).hasValue(StatedReason.FAULT_LENGTH);
        assertThat(StatedReason.fault("营业执照变更\u0007")).hasValue(FormFaults.CONTROL_CHARACTERS);
        assertThat(StatedReason.fault("营业执照\n已变更")).isEmpty();
    }
}
