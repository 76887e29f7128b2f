package org.cmmm.support.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileChangeFormTest {

    @Test
    void aNewNumberWithAStatedReasonIsAccepted() {
        assertThat(new MobileChangeForm("139-0000-0003", "原负责人离职，号码无法联系").violations()).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aChangeWithoutReasonIsRefusedAtTheReason(String reason) {
        assertThat(new MobileChangeForm("13900000003", reason).violations())
                .containsExactly(entry("reason", "support.reason.required"));
    }

    @Test
    void aReasonOfFourCharactersIsTooShortAndOfFiveIsEnough() {
        assertThat(new MobileChangeForm("13900000003", "号码换了").violations())
                .containsExactly(entry("reason", "support.reason.length"));
        assertThat(new MobileChangeForm("13900000003", "负责人换了").violations()).isEmpty();
    }

    @Test
    void aReasonOfMoreThanFiveHundredCharactersIsTooLong() {
        assertThat(new MobileChangeForm("13900000003", "因".repeat(500)).violations()).isEmpty();
        assertThat(new MobileChangeForm("13900000003", "因".repeat(501)).violations())
                .containsExactly(entry("reason", "support.reason.length"));
    }

    @Test
    void anInvalidNumberIsRefusedAtTheNumber() {
        assertThat(new MobileChangeForm("12900000003", "原负责人离职，号码无法联系").violations())
                .containsExactly(entry("newMobile", "account.mobile.invalid"));
    }
}
