package org.cmmm.enterprise.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.cmmm.platform.control.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    private static final String ALLOWED = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L"})
    void publishedCodesAreValid(String code) {
        assertThat(Uscc.validate(code)).isEmpty();
        assertThat(Uscc.parse(code).value()).isEqualTo(code);
        assertThat(Uscc.checkCharacterOf(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L"})
    void everySingleCharacterCorruptionIsRejectedByTheCheckCharacter(String code) {
        List<String> accepted = new ArrayList<>();
        int tried = 0;
        for (int position = 0; position < 18; position++) {
            for (char replacement : ALLOWED.toCharArray()) {
                if (replacement == code.charAt(position)) {
                    continue;
                }
                String corrupted = code.substring(0, position) + replacement + code.substring(position + 1);
                tried++;
                if (!Uscc.validate(corrupted).equals(java.util.Optional.of(Uscc.FAULT_CHECK_CHARACTER))) {
                    accepted.add(corrupted);
                }
            }
        }
        assertThat(tried).isEqualTo(18 * 30);
        assertThat(accepted).as("corruptions not rejected for a wrong check character").isEmpty();
    }

    @Test
    void lowerCaseAndSurroundingBlanksAreAcceptedAndNormalized() {
        assertThat(Uscc.parse("  91350100m000100y43\t").value()).isEqualTo("91350100M000100Y43");
        assertThat(Uscc.parse("\u300091110000600037341l\u3000").value()).isEqualTo("91110000600037341L");
        assertThat(Uscc.validate(" 91110000600037341l ")).isEmpty();
    }

    @Test
    void codesThatDifferOnlyInCaseOrBlanksAreEqual() {
        assertThat(Uscc.parse(" 91350100m000100y43")).isEqualTo(Uscc.parse("91350100M000100Y43"));
        assertThat(new Uscc("91350100m000100y43")).isEqualTo(Uscc.parse("91350100M000100Y43"));
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z', 'i', 'o', 's', 'v', 'z', '-', '*', '\uFF11'})
    void charactersOutsideTheCodeSetAreRejected(char character) {
        String code = "91350100M000100Y4" + character;
        assertThat(Uscc.validate(code)).contains(Uscc.FAULT_CHARACTER);
        String inTheMiddle = "9135010" + character + "M000100Y43";
        assertThat(Uscc.validate(inTheMiddle)).contains(Uscc.FAULT_CHARACTER);
    }

    @Test
    void theLettersIOSVZAreRejectedEvenWhereTheyWouldBalanceTheChecksum() {
        // O and 0 look alike: a code typed with the letter O is refused as a character fault, not silently read as 0
        assertThat(Uscc.validate("911100OO600037341L")).contains(Uscc.FAULT_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y430", "9", "91350100M000100Y43 91"})
    void wrongLengthsAreRejected(String code) {
        assertThat(Uscc.validate(code)).contains(Uscc.FAULT_LENGTH);
        assertThatThrownBy(() -> Uscc.parse(code))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enterprise.uscc.length"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void aMissingCodeIsRequired(String code) {
        assertThat(Uscc.validate(code)).contains(Uscc.FAULT_REQUIRED);
        assertThat(Uscc.validate(null)).contains(Uscc.FAULT_REQUIRED);
        assertThatThrownBy(() -> Uscc.parse(null))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enterprise.uscc.required"));
    }

    @Test
    void aWrongCheckCharacterThrowsWithItsKey() {
        assertThatThrownBy(() -> Uscc.parse("91350100M000100Y44"))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enterprise.uscc.checkCharacter"));
    }

    @Test
    void aSumThatIsAMultipleOf31GivesCheckCharacterZero() {
        // all zeros: sum 0, 31 - 0 = 31, which the standard maps to 0
        assertThat(Uscc.checkCharacterOf("00000000000000000")).isEqualTo('0');
        assertThat(Uscc.validate("000000000000000000")).isEmpty();
    }

    @Test
    void theCheckCharacterCanBeALetter() {
        // value 1 at position 1 (weight 1): sum 1, check 30 = Y
        assertThat(Uscc.checkCharacterOf("10000000000000000")).isEqualTo('Y');
        // value 1 at position 4 (weight 27): sum 27, check 4
        assertThat(Uscc.checkCharacterOf("00010000000000000")).isEqualTo('4');
    }

    @Test
    void checkCharacterOfRefusesInputThatIsNot17CodeCharacters() {
        assertThatThrownBy(() -> Uscc.checkCharacterOf("9135010")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Uscc.checkCharacterOf("91350100M000100YO")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Uscc.checkCharacterOf(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePartsAreReadFromTheirPositions() {
        Uscc uscc = Uscc.parse("91350100M000100Y43");
        assertThat(uscc.registrationAuthority()).isEqualTo('9');
        assertThat(uscc.entityType()).isEqualTo('1');
        assertThat(uscc.divisionCode()).isEqualTo("350100");
        assertThat(uscc.organizationCode()).isEqualTo("M000100Y4");
        assertThat(uscc.checkCharacter()).isEqualTo('3');
        assertThat(uscc).hasToString("91350100M000100Y43");
    }
}
