package org.cmmm.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String USER = "zhangsan";

    @ParameterizedTest
    @ValueSource(strings = {"Abcdef12", "abcdef1!", "ABCDEF1!", "Abcdefg!", "Tr0ub4dor&3", "智造Abc12345", "Ab1 Ab1 Ab1"})
    void aPasswordWithThreeClassesAndEightCharactersIsAccepted(String password) {
        assertThat(PasswordPolicy.violations(password, USER)).isEmpty();
    }

    @Test
    void lengthIsEightToSixtyFourCharacters() {
        assertThat(PasswordPolicy.violations("Abcde1!", USER)).containsExactly("account.password.length");
        assertThat(PasswordPolicy.violations("Abcdef1!", USER)).isEmpty();
        String sixtyFour = "Ab1!".repeat(16);
        assertThat(PasswordPolicy.violations(sixtyFour, USER)).isEmpty();
        assertThat(PasswordPolicy.violations(sixtyFour + "x", USER)).containsExactly("account.password.length");
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // seven characters, one of them outside the BMP (two UTF-16 units): still too short
        assertThat(PasswordPolicy.violations("Ab1def\uD83D\uDE00", USER))
                .containsExactly("account.password.length");
        // eight characters with a Chinese character as the "other" class
        assertThat(PasswordPolicy.violations("Abcdef1智", USER)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefgh", "ABCDEFGH", "12345678", "!@#$%^&*", "abcdEFGH", "abcd1234", "ABCD!@#$", "1234!@#$"})
    void fewerThanThreeClassesIsRefused(String password) {
        assertThat(PasswordPolicy.violations(password, USER)).containsExactly("account.password.classes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zhangsan1!", "ZhangSan1!", "1!ZHANGSAN", "Xzhangsanx1"})
    void thePasswordMustNotContainTheUserNameInAnyCase(String password) {
        assertThat(PasswordPolicy.violations(password, USER)).containsExactly("account.password.containsUserName");
        assertThat(PasswordPolicy.violations(password, "ZhangSan")).containsExactly("account.password.containsUserName");
    }

    @Test
    void withoutAUserNameThatRuleIsSkipped() {
        assertThat(PasswordPolicy.violations("zhangsan1!", null)).isEmpty();
        assertThat(PasswordPolicy.violations("zhangsan1!", " ")).isEmpty();
        assertThat(PasswordPolicy.violations("zhangsa1!x", USER)).isEmpty();
    }

    @Test
    void oneCharacterRepeatedIsRefused() {
        assertThat(PasswordPolicy.violations("aaaaaaaa", USER))
                .containsExactly("account.password.classes", "account.password.repeated");
        assertThat(PasswordPolicy.violations("aaaaaaab", USER)).doesNotContain("account.password.repeated");
    }

    @Test
    void everyBrokenRuleIsReportedInTheStatedOrder() {
        assertThat(PasswordPolicy.violations("zzzz", "zzzz")).containsExactly(
                "account.password.length", "account.password.classes",
                "account.password.containsUserName", "account.password.repeated");
    }

    @Test
    void aMissingPasswordIsTooShortAndHasNoClasses() {
        assertThat(PasswordPolicy.violations(null, USER))
                .containsExactly("account.password.length", "account.password.classes");
        assertThat(PasswordPolicy.violations("", USER))
                .containsExactly("account.password.length", "account.password.classes");
    }

    @Test
    void aChangedPasswordMustDifferFromTheCurrentOne() {
        assertThat(PasswordPolicy.violationsOnChange("Abcdef12", USER, "Abcdef12"::equals))
                .containsExactly("account.password.sameAsCurrent");
        assertThat(PasswordPolicy.violationsOnChange("Abcdef13", USER, "Abcdef12"::equals)).isEmpty();
    }

    @Test
    void aChangeReportsThePolicyRulesFirst() {
        assertThat(PasswordPolicy.violationsOnChange("abc", USER, "abc"::equals))
                .containsExactly("account.password.length", "account.password.classes",
                        "account.password.sameAsCurrent");
    }

    @Test
    void theCurrentPasswordCheckIsGivenThePlainNewPassword() {
        AtomicInteger calls = new AtomicInteger();
        PasswordPolicy.violationsOnChange("Abcdef12", USER, candidate -> {
            calls.incrementAndGet();
            assertThat(candidate).isEqualTo("Abcdef12");
            return false;
        });
        assertThat(calls).hasValue(1);
    }
}
