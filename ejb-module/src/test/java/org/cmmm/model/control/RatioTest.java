package org.cmmm.model.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RatioTest {

    @ParameterizedTest(name = "\"{0}\" = {1}/{2}")
    @CsvSource({"0.8, 4, 5", "1, 1, 1", "1.0, 1, 1", "0.0, 0, 1", "1/12, 1, 12", "2/24, 1, 12", "0.05, 1, 20",
            "-1/2, -1, 2", "3.55, 71, 20", "0/7, 0, 1"})
    void parsesDecimalsAndFractionsReduced(String text, long numerator, long denominator) {
        Ratio ratio = Ratio.parse(text);

        assertThat(ratio.numerator()).isEqualTo(BigInteger.valueOf(numerator));
        assertThat(ratio.denominator()).isEqualTo(BigInteger.valueOf(denominator));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 0.8", "0,8", ".5", "1e3", "1/0", "1/-2", "abc", "1/2/3", "+1"})
    void refusesWhatIsNotADecimalOrAFraction(String text) {
        assertThatThrownBy(() -> Ratio.parse(text)).isInstanceOf(NumberFormatException.class)
                .hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> Ratio.parse(null)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void zeroPointEightIsExactlyFourFifths() {
        // 0.1 + 0.7 is 0.7999999999999999 in double; here it is 0.8
        assertThat(Ratio.parse("0.1").add(Ratio.parse("0.7"))).isEqualTo(Ratio.parse("0.8"));
        assertThat(Ratio.parse("0.8").compareTo(Ratio.of(4, 5))).isZero();
    }

    @Test
    void twelveTwelfthsSumToOne() {
        Ratio sum = Ratio.ZERO;
        for (int i = 0; i < 12; i++) {
            sum = sum.add(Ratio.parse("1/12"));
        }
        assertThat(sum).isEqualTo(Ratio.ONE);
    }

    @Test
    void arithmetic() {
        Ratio third = Ratio.of(1, 3);
        Ratio half = Ratio.parse("0.5");

        assertThat(third.add(half)).isEqualTo(Ratio.of(5, 6));
        assertThat(third.subtract(half)).isEqualTo(Ratio.of(-1, 6));
        assertThat(third.multiply(half)).isEqualTo(Ratio.of(1, 6));
        assertThat(third.divide(half)).isEqualTo(Ratio.of(2, 3));
        assertThat(half.negate()).isEqualTo(Ratio.parse("-0.5"));
        assertThatThrownBy(() -> half.divide(Ratio.ZERO)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void denominatorIsAlwaysPositive() {
        Ratio ratio = Ratio.of(3, -6);

        assertThat(ratio.numerator()).isEqualTo(BigInteger.valueOf(-1));
        assertThat(ratio.denominator()).isEqualTo(BigInteger.TWO);
        assertThat(ratio).isEqualTo(Ratio.of(-1, 2)).hasSameHashCodeAs(Ratio.of(-1, 2));
        assertThatThrownBy(() -> Ratio.of(1, 0)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void comparesExactly() {
        assertThat(Ratio.of(63, 80)).isLessThan(Ratio.parse("0.8"));
        assertThat(Ratio.of(1, 3)).isGreaterThan(Ratio.parse("0.3333333333"));
        assertThat(Ratio.of(-1, 2)).isLessThan(Ratio.ZERO);
        assertThat(Ratio.of(2, 4).compareTo(Ratio.parse("0.5"))).isZero();
    }

    @ParameterizedTest(name = "{0} shows as {1}")
    @CsvSource({"3.55, 3.55", "0.7875, 0.79", "0.825, 0.83", "0.125, 0.13", "0.124, 0.12", "2/3, 0.67", "1/3, 0.33",
            "5, 5.00", "0, 0.00", "39/22, 1.77", "0.005, 0.01", "-0.125, -0.13"})
    void displaysRoundedHalfUpToTwoDecimals(String value, String display) {
        assertThat(Ratio.parse(value).toDisplay()).isEqualTo(display);
    }

    @Test
    void convertsToBigDecimalAtAnyScale() {
        assertThat(Ratio.of(1, 3).toBigDecimal(4)).isEqualTo(new BigDecimal("0.3333"));
        assertThat(Ratio.of(2, 3).toBigDecimal(0)).isEqualTo(new BigDecimal("1"));
        assertThat(Ratio.of(new BigDecimal("1.2E+2"))).isEqualTo(Ratio.of(120));
    }

    @Test
    void printsItsExactForm() {
        assertThat(Ratio.of(23, 24)).hasToString("23/24");
        assertThat(Ratio.parse("2.0")).hasToString("2");
    }
}
