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
import org.cmmm.sms.control.CodeCheck;
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

    Clock clock = Clock.systemUTC();

    private final VerificationCodePolicy policy = new VerificationCodePolicy();

    /** How long a code stays valid, in minutes: what the page tells the user. */
    public long validityMinutes() {
        return VerificationCodePolicy.VALIDITY.toMinutes();
    }

    public void send(String purpose, String mobile) {
        Instant now = clock.instant();
        // limits count per purpose: a registration code just sent does not hold up a password reset
        List<Instant> recent = em.createNamedQuery(SmsCode.ISSUED_SINCE, LocalDateTime.class)
                .setParameter("mobile", mobile)
                .setParameter("purpose", purpose)
                .setParameter("since", LocalDateTime.ofInstant(now.minus(Duration.ofDays(2)), ZoneOffset.UTC))
                .getResultList().stream().map(SmsCode::utc).toList();
        policy.requireMayIssue(recent, now);
        String code = policy.newCode();
        em.persist(new SmsCode(policy.issue(purpose, mobile, code, now)));
        if (!gateway.sendCode(mobile, code, (int) VerificationCodePolicy.VALIDITY.toMinutes())) {
            throw new BusinessException("sms.sendFailed");
        }
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
        CodeCheck.Outcome outcome = check(purpose, mobile, entered);
        if (outcome != CodeCheck.Outcome.MATCH) {
            throw new BusinessException("sms.code." + outcome.name().toLowerCase(java.util.Locale.ROOT));
        }
        consume(purpose, mobile);
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
