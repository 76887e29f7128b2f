package org.cmmm.sms.boundary;

import org.cmmm.platform.boundary.Public;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.cmmm.platform.control.BusinessException;
import jakarta.persistence.LockModeType;
import org.cmmm.sms.control.CodeCheck;
import org.cmmm.sms.control.CodeTicket;
import org.cmmm.sms.control.IssuedCode;
import org.cmmm.sms.control.VerificationCodePolicy;
import org.cmmm.sms.entity.SmsCode;

/**
 * Sends verification codes by SMS and checks what users type, by the rules of {@link VerificationCodePolicy}.
 * A check runs in its own transaction so that a wrong try counts even when the caller's action then fails;
 * the caller consumes a matched code in its own transaction, so a code is used up only when the action
 * it authorised succeeded.
 */
@Stateless
@Public
public class VerificationCodeService {

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @Inject
    SmsGateway gateway;

    @EJB
    CodeTries tries;

    /** The ticket of a verified code was used, expired or never issued: the user starts again with a new code. */
    public static final String FAULT_TICKET_REFUSED = "sms.ticket.refused";

    Clock clock = Clock.systemUTC();

    private final VerificationCodePolicy policy = new VerificationCodePolicy();

    /** How long a code stays valid, in minutes: what the page tells the user. */
    public long validityMinutes() {
        return VerificationCodePolicy.VALIDITY.toMinutes();
    }

    public void send(String purpose, String mobile) {
        Instant now = clock.instant();
        requireMaySend(purpose, mobile, now);
        String code = policy.newCode();
        em.persist(new SmsCode(policy.issue(purpose, mobile, code, now)));
        if (!gateway.sendCode(mobile, code, (int) VerificationCodePolicy.VALIDITY.toMinutes())) {
            throw new BusinessException("sms.sendFailed");
        }
    }

    /**
     * Sends the user names of the accounts on a number (manual §3.1 忘记账户名), within the same limits as codes:
     * the reminder form could otherwise flood a phone as well as the code forms.
     */
    public void sendUserNames(String mobile, List<String> userNames) {
        Instant now = clock.instant();
        requireMaySend(VerificationCodePolicy.PURPOSE_USER_NAMES, mobile, now);
        em.persist(new SmsCode(policy.reminder(mobile, now)));
        if (!gateway.sendUserNames(mobile, userNames)) {
            throw new BusinessException("sms.sendFailed");
        }
    }

    /** Refuses (with the wait or the daily cap) when another message of the purpose may not go to the number yet. */
    private void requireMaySend(String purpose, String mobile, Instant now) {
        // limits count per purpose: a registration code just sent does not hold up a password reset
        List<Instant> recent = em.createNamedQuery(SmsCode.ISSUED_SINCE, LocalDateTime.class)
                .setParameter("mobile", mobile)
                .setParameter("purpose", purpose)
                .setParameter("since", LocalDateTime.ofInstant(now.minus(Duration.ofDays(2)), ZoneOffset.UTC))
                .getResultList().stream().map(SmsCode::utc).toList();
        policy.requireMayIssue(recent, now);
    }

    /**
     * Checks an entered code against the latest unused one (the rule of {@link VerificationCodePolicy#check}). The
     * try is claimed before the comparison, atomically and in a transaction of its own ({@link CodeTries}): it
     * stays counted when the caller's action is refused and rolled back, and parallel tries cannot pass the limit.
     */
    public CodeCheck.Outcome check(String purpose, String mobile, String entered) {
        Optional<SmsCode> latest = latest(purpose, mobile);
        if (latest.isEmpty()) {
            return CodeCheck.Outcome.EXPIRED;
        }
        IssuedCode issued = latest.get().issued();
        if (policy.isExpired(issued, clock.instant())) {
            return CodeCheck.Outcome.EXPIRED;
        }
        if (!tries.claim(latest.get().getId())) {
            return CodeCheck.Outcome.TOO_MANY_TRIES;
        }
        return policy.matches(issued, entered) ? CodeCheck.Outcome.MATCH : CodeCheck.Outcome.WRONG;
    }

    /** Marks the latest code used, so it cannot authorise a second action. */
    public void consume(String purpose, String mobile) {
        latest(purpose, mobile).ifPresent(SmsCode::markUsed);
    }

    /** Checks and, on a match, consumes; any other outcome becomes the business exception the page shows. */
    public void requireValid(String purpose, String mobile, String entered) {
        requireMatch(purpose, mobile, entered);
        consume(purpose, mobile);
    }

    /**
     * For an action in two steps: checks the entered code like {@link #requireValid} and, on a match, uses it up and
     * returns a ticket ({@link CodeTicket}) that the second step brings to {@link #redeemTicket}.
     */
    public String exchangeForTicket(String purpose, String mobile, String entered) {
        requireMatch(purpose, mobile, entered);
        CodeTicket ticket = policy.ticket(clock.instant());
        latest(purpose, mobile).orElseThrow().exchangeFor(ticket);
        return ticket.token();
    }

    /**
     * Uses up a ticket of {@link #exchangeForTicket} for the same purpose and number; refused with
     * {@link #FAULT_TICKET_REFUSED} when it is unknown, used, expired or another's. The row is locked, so two
     * second steps with one ticket cannot both pass; the caller's rollback (a refused new password) gives it back.
     */
    public void redeemTicket(String purpose, String mobile, String token) {
        Optional<SmsCode> holder = em.createNamedQuery(SmsCode.BY_TICKET, SmsCode.class)
                .setParameter("hash", CodeTicket.hashOf(token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (holder.isEmpty() || !holder.get().getPurpose().equals(purpose) || !holder.get().getMobile().equals(mobile)
                || !holder.get().ticketValidAt(clock.instant())) {
            throw new BusinessException(FAULT_TICKET_REFUSED);
        }
        holder.get().redeemTicket();
    }

    /** Counts the try, as {@link #check} does, and refuses with the outcome's message unless the code matched. */
    private void requireMatch(String purpose, String mobile, String entered) {
        CodeCheck.Outcome outcome = check(purpose, mobile, entered);
        if (outcome != CodeCheck.Outcome.MATCH) {
            throw new BusinessException("sms.code." + outcome.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private Optional<SmsCode> latest(String purpose, String mobile) {
        return em.createNamedQuery(SmsCode.LATEST, SmsCode.class)
                .setParameter("mobile", mobile)
                .setParameter("purpose", purpose)
                .setMaxResults(1)
                .getResultStream()
                .filter(code -> !code.isUsed())
                .findFirst();
    }
}
