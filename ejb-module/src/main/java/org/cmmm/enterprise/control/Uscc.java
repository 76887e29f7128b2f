package org.cmmm.enterprise.control;

import java.util.Locale;
import java.util.Optional;
import org.cmmm.platform.control.BusinessException;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015. The manual requires the code to match
 * the business licence and identifies an enterprise by it when its password is reset, so every form checks it
 * here: 18 characters of the code set {@code 0-9 A-H J-N P-R T U W-Y} (I, O, S, V, Z are left out because
 * they are easily mistaken for 1, 0, 5, U and 2), the 18th being the check character of the standard's
 * modulo-31 scheme. Because 31 is prime and no weight is a multiple of 31, the check character catches every
 * single-character error.
 *
 * <p>Only the code set and the check character are verified; the standard's tables of registration
 * authorities and entity types are not, because they have grown since 2015 and a stale table would refuse
 * real licences.
 *
 * @param value the normalized code: 18 upper-case characters with a correct check character
 */
public record Uscc(String value) {

    public static final int LENGTH = 18;

    /** The code set of GB 32100-2015 in value order: the index of a character is its value (0–30). */
    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int MODULUS = 31;

    public static final String FAULT_REQUIRED = "enterprise.uscc.required";
    public static final String FAULT_LENGTH = "enterprise.uscc.length";
    public static final String FAULT_CHARACTER = "enterprise.uscc.character";
    public static final String FAULT_CHECK_CHARACTER = "enterprise.uscc.checkCharacter";

    /** Normalizes and validates; an invalid code throws {@link BusinessException} with the key of its fault. */
    public Uscc {
        value = normalize(value);
        Optional<String> fault = faultOfNormalized(value);
        if (fault.isPresent()) {
            throw new BusinessException(fault.get());
        }
    }

    /** Reads a code as typed on a form: surrounding blanks are dropped and letters upper-cased. */
    public static Uscc parse(String text) {
        return new Uscc(text);
    }

    /** The fault key of a code as typed, or empty when it is a valid code. */
    public static Optional<String> validate(String text) {
        return faultOfNormalized(normalize(text));
    }

    /**
     * The check character for the first 17 characters of a code, e.g. to build test or demo codes.
     *
     * @throws IllegalArgumentException unless given exactly 17 characters of the code set
     */
    public static char checkCharacterOf(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("expected 17 characters of a USCC, got " + first17);
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int characterValue = CHARACTERS.indexOf(first17.charAt(i));
            if (characterValue < 0) {
                throw new IllegalArgumentException("not a USCC character at position " + (i + 1) + ": " + first17);
            }
            sum += characterValue * WEIGHTS[i];
        }
        int check = MODULUS - sum % MODULUS;
        return CHARACTERS.charAt(check == MODULUS ? 0 : check);
    }

    /** Position 1: the registration authority (登记管理部门), e.g. 9 for market regulation (工商). */
    public char registrationAuthority() {
        return value.charAt(0);
    }

    /** Position 2: the entity type (机构类别) within the registration authority, e.g. 1 for an enterprise. */
    public char entityType() {
        return value.charAt(1);
    }

    /** Positions 3–8: the administrative division code (GB/T 2260) of the registering authority. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    /** Positions 9–17: the organization code (主体标识码, formerly the GB 11714 organization code). */
    public String organizationCode() {
        return value.substring(8, 17);
    }

    /** Position 18: the check character. */
    public char checkCharacter() {
        return value.charAt(17);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalize(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }

    private static Optional<String> faultOfNormalized(String code) {
        if (code.isEmpty()) {
            return Optional.of(FAULT_REQUIRED);
        }
        if (code.length() != LENGTH) {
            return Optional.of(FAULT_LENGTH);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARACTERS.indexOf(code.charAt(i)) < 0) {
                return Optional.of(FAULT_CHARACTER);
            }
        }
        if (checkCharacterOf(code.substring(0, LENGTH - 1)) != code.charAt(LENGTH - 1)) {
            return Optional.of(FAULT_CHECK_CHARACTER);
        }
        return Optional.empty();
    }
}
