package org.cmmm.sms.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cmmm.platform.control.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "13800138000", " 13800138000 ", "138 0013 8000", "138-0013-8000", "138 - 0013 - 8000",
            "+8613800138000", "+86 138 0013 8000", "+86-138-0013-8000", "8613800138000", "86 13800138000"})
    void writtenFormsOfOneNumberAreTheSameNumber(String typed) {
        assertThat(MobileNumber.parse(typed).value()).isEqualTo("13800138000");
        assertThat(MobileNumber.validate(typed)).isEmpty();
        assertThat(MobileNumber.parse(typed)).isEqualTo(MobileNumber.parse("13800138000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13012345678", "14712345678", "15912345678", "16612345678", "17712345678",
            "18812345678", "19912345678"})
    void everyNetworkDigitFrom3To9IsAccepted(String number) {
        assertThat(MobileNumber.parse(number).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "10012345678", "11012345678", "12012345678", // network digit below 3
            "23800138000",                               // does not start with 1
            "1380013800", "138001380001",                // 10 and 12 digits
            "+86138001380", "+86 1380013800",            // country code but not 11 digits after it
            "+8623800138000",                            // country code before a non-mobile number
            "008613800138000", "+1 13800138000",         // other prefixes are not stripped
            "1380013800O", "138.0013.8000", "１３８００１３８０００", // letter O, dots, full-width digits
            "   "})
    void anythingElseIsInvalid(String typed) {
        assertThat(MobileNumber.validate(typed)).contains("account.mobile.invalid");
        assertThatThrownBy(() -> MobileNumber.parse(typed))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.mobile.invalid"));
    }

    @Test
    void aNumberStartingWith86IsNotMistakenForACountryCode() {
        // 11 digits that happen to begin 86 are not a mobile number, and nothing is stripped from them
        assertThat(MobileNumber.validate("86138001380")).contains("account.mobile.invalid");
    }

    @Test
    void theMaskShowsTheFirstThreeAndLastFourDigits() {
        assertThat(MobileNumber.parse("13812341234").masked()).isEqualTo("138****1234");
        assertThat(MobileNumber.parse("+86 139 0000 5678").masked()).isEqualTo("139****5678");
    }

    @Test
    void toStringIsMaskedSoLogsDoNotCarryTheFullNumber() {
        assertThat(MobileNumber.parse("13812341234")).hasToString("138****1234");
    }

    @Test
    void anyTextIsMaskedForLogsSoThatNoLogLineCarriesANumber() {
        assertThat(MobileNumber.mask("13812348000")).isEqualTo("138****8000");
        assertThat(MobileNumber.mask("+86 138-1234-8000")).isEqualTo("138****8000");
        assertThat(MobileNumber.mask("138123480001")).isEqualTo("***");
        assertThat(MobileNumber.mask(null)).isEqualTo("***");
        assertThat(MobileNumber.mask("abc")).isEqualTo("***");
    }
}
