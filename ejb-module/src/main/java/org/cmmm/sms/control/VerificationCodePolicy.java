package org.cmmm.sms.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cmmm.platform.control.Clocks;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for SMS verification codes, which confirm a mobile number at registration and authorize a password
 * reset (manual: 忘记密码 → 短信验证码). A code is 6 digits from {@link SecureRandom}, so it cannot be predicted
 * from earlier ones; it is valid {@link #VALIDITY} and may be tried {@link #MAX_TRIES} times, which leaves a
 * guesser 5 chances in a million. To a number, a new code may be sent {@link #RESEND_INTERVAL} after the last
 * one and at most {@link #DAILY_CAP} times per calendar day in China Standard Time: SMS cost money, and the
 * limits stop the forms from being used to flood someone's phone. The caller applies them per purpose (the
 * messages of that purpose sent to the number), so a registration code just sent does not hold up a reset.
 *
 * <p>Time comes in as an argument ({@code clock.instant()} at the boundary, fixed instants in tests).
 */
public final class VerificationCodePolicy {

    public static final String PURPOSE_REGISTRATION = "registration";
    public static final String PURPOSE_PASSWORD_RESET = "passwordReset";
    /**
     * Not a code: a message telling the user names of the accounts on a number (manual §3.1 忘记账户名). It is
     * recorded like a code (see {@link #reminder}) because the sending limits count every message to a number.
     */
    public static final String PURPOSE_USER_NAMES = "userNames";
    public static final Set<String> PURPOSES = Set.of(PURPOSE_REGISTRATION, PURPOSE_PASSWORD_RESET, PURPOSE_USER_NAMES);

    public static final int CODE_DIGITS = 6;
    public static final Duration VALIDITY = Duration.ofMinutes(5);
    public static final int MAX_TRIES = 5;
    public static final Duration RESEND_INTERVAL = Duration.ofSeconds(60);
    public static final int DAILY_CAP = 10;
    /** The calendar day of the daily cap is the day in Beijing, not the UTC day of the server. */
    public static final ZoneId DAY_ZONE = Clocks.BEIJING;

    public static final String FAULT_TOO_SOON = "sms.resend.tooSoon";
    public static final String FAULT_DAILY_CAP = "sms.dailyCap";

    private static final int CODE_BOUND = 1_000_000;
    private static final int SALT_BYTES = 16;
    private static final HexFormat HEX = HexFormat.of();

    private final SecureRandom random;

    public VerificationCodePolicy() {
        this(new SecureRandom());
    }

    public VerificationCodePolicy(SecureRandom random) {
        this.random = Objects.requireNonNull(random);
    }

    /** A new code: 6 digits, leading zeros kept, every one of the million equally likely. */
    public String newCode() {
        return String.format("%06d", random.nextInt(CODE_BOUND));
    }

    /** What to store for a code sent at {@code now}: its salted hash, never the code. */
    public IssuedCode issue(String purpose, String mobile, String code, Instant now) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new IssuedCode(purpose, mobile, HEX.formatHex(hash(salt, code)), HEX.formatHex(salt), now, 0);
    }

    /**
     * What to store for a user-name reminder sent at {@code now}: a record for the sending limits that no entered
     * code can match (the hash is of 32 random bytes nobody knows, not of a code).
     */
    public IssuedCode reminder(String mobile, Instant now) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return new IssuedCode(PURPOSE_USER_NAMES, mobile, HEX.formatHex(hash(salt, HEX.formatHex(secret))),
                HEX.formatHex(salt), now, MAX_TRIES);
    }

    /** A ticket for the second step of an action a code authorised ({@link CodeTicket}). */
    public CodeTicket ticket(Instant now) {
        return CodeTicket.issue(random, now);
    }

    /**
     * Checks a code typed at {@code now}. An expired code is {@code EXPIRED}; a code whose tries are used up is
     * {@code TOO_MANY_TRIES}; otherwise the try is counted and the hashes are compared in constant time.
     * Surrounding blanks of the entered code are ignored.
     */
    public CodeCheck check(IssuedCode issued, String entered, Instant now) {
        if (isExpired(issued, now)) {
            return new CodeCheck(CodeCheck.Outcome.EXPIRED, issued);
        }
        if (issued.tries() >= MAX_TRIES) {
            return new CodeCheck(CodeCheck.Outcome.TOO_MANY_TRIES, issued);
        }
        IssuedCode counted = issued.withTries(issued.tries() + 1);
        return new CodeCheck(matches(issued, entered) ? CodeCheck.Outcome.MATCH : CodeCheck.Outcome.WRONG, counted);
    }

    /** Whether a code is past its validity at {@code now}: then nothing is compared and no try is counted. */
    public boolean isExpired(IssuedCode issued, Instant now) {
        return !now.isBefore(issued.expiresAt());
    }

    /** Whether the entered code is the issued one (hashes compared in constant time; blanks around ignored). */
    public boolean matches(IssuedCode issued, String entered) {
        byte[] expected = HEX.parseHex(issued.codeHash());
        byte[] actual = hash(HEX.parseHex(issued.salt()), entered == null ? "" : entered.strip());
        return MessageDigest.isEqual(expected, actual);
    }

    /**
     * Whether a code may be sent to a number at {@code now}.
     *
     * @param issuedToNumber when codes (of any purpose) were sent to the number; anything from before the current
     *                       Beijing day is ignored by the daily cap, so the caller may pass the last 24 hours
     * @return the refusal, {@code sms.dailyCap} before {@code sms.resend.tooSoon}, or empty when a code may be sent
     */
    public Optional<IssueRefusal> mayIssue(Collection<Instant> issuedToNumber, Instant now) {
        LocalDate today = now.atZone(DAY_ZONE).toLocalDate();
        long sentToday = issuedToNumber.stream().filter(at -> at.atZone(DAY_ZONE).toLocalDate().equals(today)).count();
        if (sentToday >= DAILY_CAP) {
            return Optional.of(IssueRefusal.dailyCap(DAILY_CAP));
        }
        Optional<Instant> last = issuedToNumber.stream().max(Instant::compareTo);
        if (last.isPresent()) {
            Duration wait = Duration.between(now, last.get().plus(RESEND_INTERVAL));
            if (wait.compareTo(Duration.ZERO) > 0) {
                return Optional.of(IssueRefusal.tooSoon(wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0)));
            }
        }
        return Optional.empty();
    }

    /** Throws the refusal of {@link #mayIssue}, if any. */
    public void requireMayIssue(Collection<Instant> issuedToNumber, Instant now) {
        mayIssue(issuedToNumber, now).ifPresent(refusal -> {
            throw refusal.toException();
        });
    }

    private static byte[] hash(byte[] salt, String code) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
