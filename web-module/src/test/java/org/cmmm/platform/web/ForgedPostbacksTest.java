package org.cmmm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ForgedPostbacksTest {

    @Test
    void aNonceIsAUuidInBase64AsPrimeFacesMakesIt() {
        String made = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        assertThat(ForgedPostbacks.isWellFormed(made)).isTrue();
        assertThat(ForgedPostbacks.isWellFormed(null)).isFalse();
        assertThat(ForgedPostbacks.isWellFormed("")).isFalse();
        assertThat(ForgedPostbacks.isWellFormed("forged")).isFalse();
        assertThat(ForgedPostbacks.isWellFormed(Base64.getEncoder().encodeToString("not a uuid".getBytes(StandardCharsets.UTF_8)))).isFalse();
        assertThat(ForgedPostbacks.isWellFormed("%%%")).isFalse();
    }

    @Test
    void aPaginatorSendsANonNegativeFirstRowAndAPageSizeTheTableOffers() {
        assertThat(ForgedPostbacks.isFirstRow("0")).isTrue();
        assertThat(ForgedPostbacks.isFirstRow("40")).isTrue();
        assertThat(ForgedPostbacks.isFirstRow("-20")).isFalse();
        assertThat(ForgedPostbacks.isFirstRow("abc")).isFalse();
        assertThat(ForgedPostbacks.isFirstRow("99999999999")).isFalse();
        assertThat(ForgedPostbacks.isFirstRow(null)).isFalse();

        assertThat(ForgedPostbacks.isPageSize("20", Set.of(20))).isTrue();
        assertThat(ForgedPostbacks.isPageSize("1000000", Set.of(20))).isFalse();
        assertThat(ForgedPostbacks.isPageSize("0", Set.of(20))).isFalse();
        assertThat(ForgedPostbacks.isPageSize("x", Set.of(20))).isFalse();
    }
}
