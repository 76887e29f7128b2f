package org.cmmm.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainNumberTest {

    @ParameterizedTest
    @CsvSource({
            "120, 120", "+100, 100", "100.000, 100", "3.50, 3.5", "007, 7", "-0.0, 0", ".5, 0.5", "' 42 ', 42",
            "１２０, 120", "＋１００．０, 100", "١٢٠, 120", "۱۲۰, 120", "१२०, 120", "－3, -3", "100。5, 100.5"})
    void aNumberTypedInAnyScriptIsStoredInOnePlainForm(String typed, String stored) {
        assertThat(PlainNumber.parse(typed)).map(PlainNumber::text).contains(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e2", "1E2", "1,000", "１，０００", "0x10", "12.", "--1", "+-1", "1 000", "NaN", "Infinity", "", "五十",
            "12abc", "1.2.3", "\u202E12"})
    void anythingElseIsNotAPlainNumber(String typed) {
        assertThat(PlainNumber.parse(typed)).isEmpty();
    }
}
