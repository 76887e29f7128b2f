package org.cmmm.account.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cmmm.platform.control.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"abcd", "zhangsan", "Zhang.San_01", "a-b.c_d", "a123", "x-------", "abcdefghijklmnopqrstuvwxyz012345"})
    void validNamesHaveNoViolations(String name) {
        assertThat(UserName.violations(name)).isEmpty();
        assertThat(UserName.parse(name).value()).isEqualTo(name.toLowerCase());
    }

    @Test
    void namesDifferingOnlyInCaseAreOneName() {
        assertThat(UserName.parse("ZhangSan")).isEqualTo(UserName.parse("zhangsan"));
        assertThat(UserName.parse("ZHANGSAN").value()).isEqualTo("zhangsan");
        assertThat(UserName.parse("ZhangSan")).hasToString("zhangsan");
    }

    @Test
    void surroundingBlanksAreDropped() {
        assertThat(UserName.parse("  zhangsan\t").value()).isEqualTo("zhangsan");
    }

    @Test
    void lengthIsFourToThirtyTwo() {
        assertThat(UserName.violations("abc")).containsExactly("account.userName.length");
        assertThat(UserName.violations("abcd")).isEmpty();
        assertThat(UserName.violations("a" + "b".repeat(31))).isEmpty();
        assertThat(UserName.violations("a" + "b".repeat(32))).containsExactly("account.userName.length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zhang san", "zhang@san", "zhang+san", "abcd张三", "zhаng", "abc/d", "ab'cd"})
    void onlyAsciiLettersDigitsUnderscoreHyphenAndDotAreAllowed(String name) {
        // "zhаng" carries a Cyrillic а: a look-alike is not the same name
        assertThat(UserName.violations(name)).containsExactly("account.userName.characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1abc", "_abc", "-abc", ".abc"})
    void aNameStartsWithALetter(String name) {
        assertThat(UserName.violations(name)).containsExactly("account.userName.start");
    }

    @Test
    void everyFaultIsReportedInOrderSoThePageCanShowThemAll() {
        assertThat(UserName.violations("1 @")).containsExactly(
                "account.userName.length", "account.userName.characters", "account.userName.start");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aMissingNameIsRequiredAndNothingElse(String name) {
        assertThat(UserName.violations(name)).containsExactly("account.userName.required");
    }

    @Test
    void parseThrowsTheFirstFault() {
        assertThatThrownBy(() -> UserName.parse("1 @"))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.userName.length"));
        assertThatThrownBy(() -> UserName.parse(null))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.userName.required"));
    }
}
