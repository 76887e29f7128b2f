package org.cmmm.model.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact rational number. Scores, weights and thresholds are compared exactly (GB/T 39117: a level is reached
 * at a level score of 0.8, so 0.8 must be exactly 0.8, not 0.79999…); rounding happens only for display.
 * Always reduced, with a positive denominator, so equal values are equal objects.
 */
public final class Ratio implements Comparable<Ratio> {

    public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
    public static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern FRACTION = Pattern.compile("(-?\\d+)/(\\d+)");

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Ratio(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public static Ratio of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero: " + numerator + "/0");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() == 0 || gcd.equals(BigInteger.ONE)) {
            return new Ratio(numerator, denominator);
        }
        return new Ratio(numerator.divide(gcd), denominator.divide(gcd));
    }

    public static Ratio of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static Ratio of(long whole) {
        return of(whole, 1);
    }

    public static Ratio of(BigDecimal decimal) {
        BigInteger unscaled = decimal.unscaledValue();
        int scale = decimal.scale();
        return scale >= 0
                ? of(unscaled, BigInteger.TEN.pow(scale))
                : of(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    }

    /**
     * Reads a decimal ({@code "0.8"}, {@code "1"}) or a fraction ({@code "1/12"}), the two forms a model file
     * uses for numbers that take part in scoring.
     *
     * @throws NumberFormatException when the text is neither
     */
    public static Ratio parse(String text) {
        if (text != null) {
            if (DECIMAL.matcher(text).matches()) {
                return of(new BigDecimal(text));
            }
            Matcher fraction = FRACTION.matcher(text);
            if (fraction.matches()) {
                BigInteger denominator = new BigInteger(fraction.group(2));
                if (denominator.signum() != 0) {
                    return of(new BigInteger(fraction.group(1)), denominator);
                }
            }
        }
        throw new NumberFormatException("\"" + text + "\" is not a number such as 0.8, 1 or 1/12");
    }

    public Ratio add(Ratio other) {
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Ratio subtract(Ratio other) {
        return add(other.negate());
    }

    public Ratio multiply(Ratio other) {
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /** @throws ArithmeticException when dividing by zero */
    public Ratio divide(Ratio other) {
        return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    public Ratio negate() {
        return new Ratio(numerator.negate(), denominator);
    }

    public int signum() {
        return numerator.signum();
    }

    public boolean isZero() {
        return numerator.signum() == 0;
    }

    public BigInteger numerator() {
        return numerator;
    }

    public BigInteger denominator() {
        return denominator;
    }

    /** Rounded half up to {@code scale} decimals: the only place a score loses exactness. */
    public BigDecimal toBigDecimal(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    /** Two decimals, half up, as results are shown ("3.55 分"). */
    public String toDisplay() {
        return toBigDecimal(2).toPlainString();
    }

    @Override
    public int compareTo(Ratio other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ratio ratio
                && numerator.equals(ratio.numerator) && denominator.equals(ratio.denominator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator, denominator);
    }

    /** Exact form, {@code "23/24"} or {@code "1"}; use {@link #toDisplay()} to show a score. */
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
