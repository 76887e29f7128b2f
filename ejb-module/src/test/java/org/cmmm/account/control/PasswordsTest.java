package org.cmmm.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    /** A hash of "Zhizao#2026" made with Shiro's default parameters, as accounts made before issue 16 hold. */
    private static final String SHIRO_DEFAULT_HASH =
            "$shiro2$argon2id$v=19$t=1,m=65536,p=4$gjLtGwWC9wMcbJf65gDajg$NyYRJIx69ye1viVzBcwcErqoGTi83CqqWWxdlSkvwAc";

    @Test
    void aNewHashIsArgon2idWithTheOwaspParametersAndASaltOfItsOwn() {
        String first = Passwords.hash("Zhizao#2026");
        String second = Passwords.hash("Zhizao#2026");

        assertThat(first).startsWith("$shiro2$argon2id$v=19$t=2,m=19456,p=1$");
        assertThat(second).startsWith("$shiro2$argon2id$v=19$t=2,m=19456,p=1$").isNotEqualTo(first);
        assertThat(Passwords.matches("Zhizao#2026", first)).isTrue();
        assertThat(Passwords.matches("Zhizao#2027", first)).isFalse();
    }

    @Test
    void aHashMadeWithShirosDefaultParametersStillMatchesItsPassword() {
        assertThat(Passwords.matches("Zhizao#2026", SHIRO_DEFAULT_HASH)).isTrue();
        assertThat(Passwords.matches("zhizao#2026", SHIRO_DEFAULT_HASH)).isFalse();
    }

    @Test
    void onlyAHashWithOtherParametersNeedsHashingAgain() {
        assertThat(Passwords.needsRehash(SHIRO_DEFAULT_HASH)).isTrue();
        assertThat(Passwords.needsRehash(Passwords.hash("Zhizao#2026"))).isFalse();
        assertThat(Passwords.needsRehash(null)).isTrue();
    }

    @Test
    void nothingMatchesAMissingPasswordOrHash() {
        assertThat(Passwords.matches(null, SHIRO_DEFAULT_HASH)).isFalse();
        assertThat(Passwords.matches("Zhizao#2026", null)).isFalse();
    }
}
