package org.cmmm.sms.control;

import java.time.Instant;
import java.util.Objects;

/**
 * An SMS verification code as stored between sending it and the user typing it in: never the code itself,
 * only a salted SHA-256 hash of it, so the codes in the database, its backups and any log are of no use to a
 * reader. (Six digits are only a million candidates, so the hash does not resist a brute-force search by
 * someone who has the row; what protects a code is its five-minute life and five tries.) Immutable: a check
 * returns a copy with the tries counted.
 *
 * @param purpose  what the code confirms, one of {@link VerificationCodePolicy#PURPOSES}
 * @param mobile   the number the code was sent to, normalized (11 digits)
 * @param codeHash SHA-256 of the salt bytes followed by the code's UTF-8 bytes, lower-case hex
 * @param salt     random bytes for this code alone, lower-case hex
 * @param issuedAt when the code was sent
 * @param tries    how many times a code was entered against it
 */
public record IssuedCode(String purpose, String mobile, String codeHash, String salt, Instant issuedAt, int tries) {

    public IssuedCode {
        if (!VerificationCodePolicy.PURPOSES.contains(purpose)) {
            throw new IllegalArgumentException("unknown verification purpose " + purpose);
        }
        Objects.requireNonNull(mobile, "mobile");
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (tries < 0) {
            throw new IllegalArgumentException("negative tries " + tries);
        }
    }

    /** The first instant at which the code is no longer accepted. */
    public Instant expiresAt() {
        return issuedAt.plus(VerificationCodePolicy.VALIDITY);
    }

    public int triesLeft() {
        return Math.max(0, VerificationCodePolicy.MAX_TRIES - tries);
    }

    IssuedCode withTries(int newTries) {
        return new IssuedCode(purpose, mobile, codeHash, salt, issuedAt, newTries);
    }

    /** Without hash and salt, and with the number masked: this may end up in a log. */
    @Override
    public String toString() {
        String maskedMobile = mobile.length() == 11 ? mobile.substring(0, 3) + "****" + mobile.substring(7) : "***";
        return "IssuedCode[" + purpose + ", " + maskedMobile + ", issuedAt=" + issuedAt + ", tries=" + tries + "]";
    }
}
