package org.cmmm.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void codesAreSixteenUnambiguousCharactersAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCode.next();
            assertThat(code).hasSize(16).matches("[0-9A-HJKMNP-TV-Z]+");
            assertThat(VerificationCode.normalized(code)).isEqualTo(code);
            seen.add(code);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void everyCharacterIsUsedSoEveryBitIsRandom() {
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            VerificationCode.next().chars().forEach(c -> used.add((char) c));
        }
        assertThat(used).hasSize(32);
    }

    @Test
    void typedCodesAreReadAsPrintedAndJunkIsNoCode() {
        assertThat(VerificationCode.normalized(" k7q2-m9xw-4tp8-rz3a ")).isEqualTo("K7Q2M9XW4TP8RZ3A");
        assertThat(VerificationCode.normalized("K7Q2M9XW4TP8RZ3O")).isEqualTo("K7Q2M9XW4TP8RZ30");
        assertThat(VerificationCode.normalized("K7Q2M9XW4TP8RZ3")).isNull();
        assertThat(VerificationCode.normalized("K7Q2M9XW4TP8RZ3U")).isNull();
        assertThat(VerificationCode.normalized("' OR 1=1 --")).isNull();
        assertThat(VerificationCode.normalized(null)).isNull();
    }
}
