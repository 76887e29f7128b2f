package org.cmmm.audit.boundary;

import org.cmmm.platform.boundary.Allowed;
import org.cmmm.platform.boundary.Public;
import static org.cmmm.platform.control.Role.ADMIN;
import static org.cmmm.platform.control.Role.SUPPORT;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.cmmm.audit.control.AuditActor;
import org.cmmm.audit.entity.AuditEntry;

/**
 * The audit log of support and administrator actions: who did what, to what, when, why, and the value before
 * and after. An entry is written in the transaction of the action it records, so an action that fails leaves
 * no entry and an entry that cannot be written undoes the action. Times are stored in UTC.
 */
@Stateless
public class AuditLog {

    public static final String ACTION_SIGN_IN = "account.signIn";
    public static final String ACTION_SIGN_IN_FAILED = "account.signIn.failed";
    public static final String ACTION_LOCKED = "account.locked";
    public static final String ACTION_SIGN_IN_WHILE_LOCKED = "account.signIn.whileLocked";
    public static final String ACTION_PASSWORD_RESET = "account.password.reset";
    public static final String ACTION_PRODUCTION_REFUSED = "platform.productionRefused";
    public static final String ACTION_DEMO_ACCOUNT_DISABLED = "account.demo.disabled";
    public static final String TARGET_ACCOUNT = "ACCOUNT";
    public static final String TARGET_PLATFORM = "PLATFORM";
    /** The actor of what the platform does by itself, at start-up. */
    public static final String PLATFORM_ACTOR = "platform";
    public static final String UNKNOWN_ACCOUNT = "-";

    /** Longest reason the log keeps (the column). */
    public static final int MAX_REASON = 500;

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /**
     * Records one action.
     *
     * @param actor      the user name of whoever acted
     * @param action     what was done, e.g. {@code account.mobile.change}
     * @param targetType the kind of thing acted on, e.g. {@code ACCOUNT}
     * @param targetId   its id
     * @param reason     why, as the actor stated it; {@code null} when the action asks for none
     * @param before     the value before, as short text such as {@code mobile=139****0001} (mobile numbers are masked); {@code null} for a creation
     * @param after      the value after
     */
    @Allowed({SUPPORT, ADMIN})
    public AuditEntry record(String actor, String action, String targetType, String targetId, String reason,
                             String before, String after) {
        AuditEntry entry = new AuditEntry(LocalDateTime.now(clock), AuditActor.of(actor), action, targetType, targetId,
                reason == null || reason.isBlank() ? null : reason.strip(), before, after);
        em.persist(entry);
        return entry;
    }

    /**
     * Records a security event of an account — a sign-in, a failed one, a lockout, a password reset — whoever
     * caused it (a visitor signing in is nobody yet). The actor is the user name as typed, made safe to store and
     * read ({@link AuditActor}); the target is the account, or {@value #UNKNOWN_ACCOUNT} when no account has that name.
     */
    @Public
    public void securityEvent(String userName, String action, Long accountId) {
        em.persist(new AuditEntry(LocalDateTime.now(clock), AuditActor.of(userName), action,
                TARGET_ACCOUNT, accountId == null ? UNKNOWN_ACCOUNT : String.valueOf(accountId), null, null, null));
    }

    /**
     * Records what the platform did or refused by itself at start-up — production mode refusing a development
     * adapter, a demo account disabled — in a transaction of its own, so that the entry stays when the start fails.
     */
    @Allowed(system = true)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void platformEvent(String action, String targetType, String targetId, String detail) {
        em.persist(new AuditEntry(LocalDateTime.now(clock), PLATFORM_ACTOR, action, targetType, targetId, null, null, detail));
    }

    /** A page of the log, newest first. */
    @Allowed({SUPPORT, ADMIN})
    public List<AuditEntry> latest(int first, int max) {
        return em.createNamedQuery(AuditEntry.LATEST, AuditEntry.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(max)
                .getResultList();
    }

    @Allowed({SUPPORT, ADMIN})
    public long count() {
        return em.createQuery("select count(a) from AuditEntry a", Long.class).getSingleResult();
    }

    /** Everything done to one thing, newest first. */
    @Allowed({SUPPORT, ADMIN})
    public List<AuditEntry> forTarget(String targetType, String targetId) {
        return em.createNamedQuery(AuditEntry.FOR_TARGET, AuditEntry.class)
                .setParameter("type", targetType)
                .setParameter("id", targetId)
                .getResultList();
    }
}
