package org.cmmm.account.boundary;

import static org.cmmm.platform.control.Role.ADMIN;
import static org.cmmm.platform.control.Role.ENTERPRISE;
import static org.cmmm.platform.control.Role.REGION_ADMIN;
import static org.cmmm.platform.control.Role.SUPPORT;

import org.cmmm.platform.boundary.Allowed;
import org.cmmm.platform.boundary.CurrentAccount;
import org.cmmm.platform.boundary.Public;

import jakarta.ejb.Stateless;
import jakarta.ejb.EJB;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.cmmm.platform.control.AccountPrincipal;
import org.cmmm.account.control.LoginAttempts;
import org.cmmm.audit.boundary.AuditLog;
import org.cmmm.account.control.LoginLockout;
import org.cmmm.account.control.LoginOutcome;
import org.cmmm.account.control.Passwords;
import org.cmmm.account.entity.Account;
import org.cmmm.region.entity.Region;

/**
 * Signs users in: checks the password, counts failures and locks an account after repeated failures
 * ({@link LoginAttempts}). Each attempt is its own transaction, so a failure is recorded even though the
 * login fails. Who may call is said per method: a visitor may sign in and ask whether a user name is taken, never
 * read an account (it holds the password hash) nor check another account's password.
 */
@Stateless
public class AccountService {

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @EJB
    AuditLog audit;

    @EJB
    SignInThrottle throttle;

    Clock clock = Clock.systemUTC();

    /** How many failed sign-ins in a row lock an account, and for how many minutes: what the page tells. */
    @Public
    public int lockoutFailures() {
        return LoginLockout.MAX_CONSECUTIVE_FAILURES;
    }

    @Public
    public long lockoutMinutes() {
        return LoginLockout.LOCK_DURATION.toMinutes();
    }

    /**
     * A sign-in without a client address (calls from the platform itself and tests): no address throttle. Anonymous
     * like any sign-in; the page signs in with the address ({@link #login(String, String, String)}).
     */
    @Allowed(anonymous = true, system = true)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginOutcome login(String userName, String password) {
        return signIn(userName, password);
    }

    /**
     * A sign-in from a client address: an address with too many recent failures is refused before any password is
     * checked, with the answer of a wrong password ({@link SignInThrottle}); a failure from it is counted.
     */
    @Public
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginOutcome login(String userName, String password, String address) {
        if (address != null && !throttle.allows(address)) {
            costsAPasswordCheck(password);
            return new LoginOutcome.Failed();
        }
        LoginOutcome outcome = signIn(userName, password);
        if (address != null && !(outcome instanceof LoginOutcome.Success)) {
            throttle.recordFailure(address);
        }
        return outcome;
    }

    private LoginOutcome signIn(String userName, String password) {
        Optional<Account> found = findByUserName(userName);
        if (found.isEmpty() || !found.get().isActive()) {
            costsAPasswordCheck(password);
            audit.securityEvent(userName, AuditLog.ACTION_SIGN_IN_FAILED, found.map(Account::getId).orElse(null));
            return new LoginOutcome.Failed();
        }
        return attempt(found.get(), password);
    }

    /**
     * Checks the password of the signed-in account (e.g. the current password on the password page) under the
     * same lockout as the login: whoever holds a session cannot guess the password more often than a stranger.
     * Only one's own: the account is the caller's, never one named by the caller. Its own transaction, so that a
     * failure counts even though the caller's change is refused.
     */
    @Allowed({ENTERPRISE, REGION_ADMIN, SUPPORT, ADMIN})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginOutcome verifyOwnPassword(String password) {
        Account account = em.find(Account.class, CurrentAccount.require().accountId());
        if (account == null || !account.isActive()) {
            return new LoginOutcome.Failed();
        }
        return attempt(account, password);
    }

    /**
     * One sign-in attempt under the lockout rule. The account's row is locked (SELECT … FOR UPDATE) and read
     * afresh first, so parallel attempts on one account queue and each counts on the failures before it: twenty
     * wrong passwords at once lock the account after the fifth, as one after another would.
     */
    private LoginOutcome attempt(Account account, String password) {
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        LoginAttempts attempts = account.loginAttempts();
        if (attempts.isLocked(now)) {
            costsAPasswordCheck(password);
            audit.securityEvent(account.getUserName(), AuditLog.ACTION_SIGN_IN_WHILE_LOCKED, account.getId());
            return new LoginOutcome.Locked(attempts.remainingLock(now));
        }
        if (!Passwords.matches(password, account.getPasswordHash())) {
            LoginAttempts after = attempts.afterFailure(now);
            account.record(after);
            boolean locked = after.isLocked(now);
            audit.securityEvent(account.getUserName(), locked ? AuditLog.ACTION_LOCKED : AuditLog.ACTION_SIGN_IN_FAILED,
                    account.getId());
            return locked ? new LoginOutcome.Locked(after.remainingLock(now)) : new LoginOutcome.Failed();
        }
        account.record(attempts.afterSuccess());
        if (Passwords.needsRehash(account.getPasswordHash())) {
            account.rehashPassword(Passwords.hash(password)); // once: older parameters cost more memory per sign-in
        }
        audit.securityEvent(account.getUserName(), AuditLog.ACTION_SIGN_IN, account.getId());
        return new LoginOutcome.Success(principalOf(account));
    }

    /** Whether an account has this user name (registration and support refuse a taken one). */
    @Public
    public boolean isUserNameTaken(String userName) {
        return findByUserName(userName).isPresent();
    }

    private Optional<Account> findByUserName(String userName) {
        if (userName == null || userName.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_USER_NAME, Account.class)
                .setParameter("userName", userName.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    private AccountPrincipal principalOf(Account account) {
        String regionPath = account.getRegionCode() == null ? null : em.find(Region.class, account.getRegionCode()).getPath();
        return new AccountPrincipal(account.getId(), account.getUserName(), account.getDisplayName(), account.getRole(),
                account.getEnterpriseId(), regionPath);
    }

    /**
     * The work of one password check, done where the answer is decided without one (no such user, a locked account, a
     * throttled address): every sign-in costs the same, so its time tells nothing — a locked account answered in
     * 13 ms where anything else took 72 (issue 25, finding 5).
     */
    private static void costsAPasswordCheck(String password) {
        Passwords.matches(password == null ? "" : password, DUMMY_HASH);
    }

    /** A real argon2id hash of a random string, checked when the answer needs no check. */
    private static final String DUMMY_HASH = Passwords.hash("no such user " + System.nanoTime());
}
