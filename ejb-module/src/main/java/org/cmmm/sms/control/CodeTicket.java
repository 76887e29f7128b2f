package org.cmmm.sms.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * What a matched code leaves behind when the action it authorises comes in a second step (a password reset shows
 * the account's user name first, then asks for the new password). The code is used up when it matches; the ticket
 * stands in for it: 128 random bits, given to the caller once and stored only as its SHA-256 (no salt is needed at
 * that length), valid {@link #VALIDITY} and for one use. Unlike a code it has no try limit: it cannot be guessed.
 *
 * @param token what the caller keeps and brings back (32 hex digits)
 * @param hash  what is stored
 * @param until the first instant at which the ticket is no longer accepted
 */
public record CodeTicket(String token, String hash, Instant until) {

    /** Long enough to choose and type a new password twice after reading the user name. */
    public static final Duration VALIDITY = Duration.ofMinutes(15);

    private static final int TOKEN_BYTES = 16;
    private static final HexFormat HEX = HexFormat.of();

    public static CodeTicket issue(SecureRandom random, Instant now) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = HEX.formatHex(bytes);
        return new CodeTicket(token, hashOf(token), now.plus(VALIDITY));
    }

    /** The stored form of a token; any string has one, so a made-up token is simply not found. */
    public static String hashOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /** Whether a ticket valid until {@code until} is still accepted at {@code now}. */
    public static boolean isValid(Instant until, Instant now) {
        return until != null && now.isBefore(until);
    }

    /** Without the token: this may end up in a log. */
    @Override
    public String toString() {
        return "CodeTicket[until=" + until + "]";
    }
}
