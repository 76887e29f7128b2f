package org.cmmm.sms.boundary;

import org.cmmm.platform.boundary.Public;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CodeCheck.Outcome check(String purpose, String mobile, String entered) {
        Optional<SmsCode> latest = latest(purpose, mobile);
        if (latest.isEmpty()) {
            return CodeCheck.Outcome.EXPIRED;
        }
        CodeCheck check = policy.check(latest.get().issued(), entered, clock.instant());
        latest.get().recordTries(check.tries());
        return check.outcome();
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
