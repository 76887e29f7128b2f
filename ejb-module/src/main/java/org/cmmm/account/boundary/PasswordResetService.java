package org.cmmm.account.boundary;

import org.cmmm.platform.boundary.Public;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.cmmm.account.control.LoginAttempts;
import org.cmmm.sms.control.MobileNumber;
import org.cmmm.account.control.Passwords;
import org.cmmm.account.control.PasswordPolicy;
import org.cmmm.account.entity.Account;
import org.cmmm.audit.boundary.AuditLog;
import org.cmmm.enterprise.control.Uscc;
import org.cmmm.enterprise.entity.Enterprise;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.boundary.AcrossRegions;
import org.cmmm.sms.boundary.VerificationCodeService;
import org.cmmm.sms.control.VerificationCodePolicy;

/**
 * Password reset by an SMS code to the registered mobile (manual §3.1, §3.2): the account is found by its
 * mobile number or by its enterprise's USCC. Asking for a code never tells whether an account exists; only a
 * correct code, which reaches the account's own mobile, lets the reset go on: first the code is checked and the
 * user names shown, then the new password is set. A reset also lifts a lockout.
 */
@Stateless
@Public
public class PasswordResetService {

    /** A code that is wrong, expired or tried too often, or an identifier without an account: one answer. */
    public static final String FAULT_CODE_REFUSED = "sms.code.refused";

    private static final Logger LOG = Logger.getLogger(PasswordResetService.class.getName());

    /** How the user identifies the account. */
    public enum By { MOBILE, USCC }

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @EJB
    VerificationCodeService codes;

    @EJB
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /**
     * Sends a code to the registered mobile of the accounts found, if any. Silent when nothing is found or
     * a code may not be sent yet, so the answer is the same whether an account exists or not.
     */
    @AcrossRegions
    public void sendCodeAcrossRegions(By by, String identifier) {
        List<Account> accounts = accountsAcrossRegions(by, identifier);
        if (accounts.isEmpty()) {
            LOG.info(() -> "Password reset asked for an unknown " + by);
            return;
        }
        String mobile = accounts.get(0).getMobile();
        try {
            codes.send(VerificationCodePolicy.PURPOSE_PASSWORD_RESET, mobile);
        } catch (BusinessException refusedForNow) {
            LOG.info(() -> "Password reset code not sent: " + refusedForNow.messageKey());
        }
    }

    /** A code checked in the first step: the ticket for the second and the user names the user may now see. */
    public record Verified(String ticket, List<String> userNames) implements Serializable {
    }

    /**
     * The first step: checks the code and uses it up. Returns the user names of the accounts on the mobile the code
     * went to — whoever proved the mobile may learn them, and someone who forgot theirs needs it (manual §3.1) — and
     * a ticket that {@link #resetAcrossRegions} takes instead of the code.
     */
    @AcrossRegions
    public Verified verifyCodeAcrossRegions(By by, String identifier, String code) {
        List<Account> accounts = accountsAcrossRegions(by, identifier);
        if (accounts.isEmpty()) {
            throw BusinessException.atField("code", FAULT_CODE_REFUSED);
        }
        String mobile = accounts.get(0).getMobile();
        String ticket;
        try {
            ticket = codes.exchangeForTicket(VerificationCodePolicy.PURPOSE_PASSWORD_RESET, mobile, code);
        } catch (BusinessException wrongExpiredOrUsedUp) {
            // one answer for every refused code and for no account at all: the page tells no one which mobile
            // numbers or USCCs have an account (the try is counted all the same)
            throw BusinessException.atField("code", FAULT_CODE_REFUSED);
        }
        return new Verified(ticket, onMobile(accounts, mobile).stream().map(Account::getUserName).sorted().toList());
    }

    /**
     * The second step: sets a new password with the ticket of {@link #verifyCodeAcrossRegions}. {@code userName} is
     * needed only when several accounts use the mobile. Returns the account's user name for the "done" message.
     * The ticket is checked first, so nothing here answers anyone who has none; a refused password gives it back
     * (the transaction rolls back), a reset uses it up.
     */
    @AcrossRegions
    public String resetAcrossRegions(By by, String identifier, String ticket, String userName, String newPassword,
                                   String newPasswordAgain) {
        List<Account> accounts = accountsAcrossRegions(by, identifier);
        if (accounts.isEmpty()) {
            throw new BusinessException(VerificationCodeService.FAULT_TICKET_REFUSED);
        }
        String mobile = accounts.get(0).getMobile();
        codes.redeemTicket(VerificationCodePolicy.PURPOSE_PASSWORD_RESET, mobile, ticket);
        Account account = pick(onMobile(accounts, mobile), userName);
        List<String> faults = PasswordPolicy.violations(newPassword == null ? "" : newPassword, account.getUserName());
        if (!faults.isEmpty()) {
            throw BusinessException.atField("newPassword", faults.get(0));
        }
        if (!newPassword.equals(newPasswordAgain)) {
            throw BusinessException.atField("newPasswordAgain", "account.password.mismatch");
        }
        account.changePassword(Passwords.hash(newPassword), clock.instant());
        account.record(LoginAttempts.none());
        audit.securityEvent(account.getUserName(), AuditLog.ACTION_PASSWORD_RESET, account.getId());
        return account.getUserName();
    }

    /** The accounts the code proves: those on the mobile it went to (an enterprise's accounts may have others). */
    private static List<Account> onMobile(List<Account> accounts, String mobile) {
        return accounts.stream().filter(account -> account.getMobile().equals(mobile)).toList();
    }

    private static Account pick(List<Account> accounts, String userName) {
        if (accounts.size() == 1) {
            return accounts.get(0);
        }
        String wanted = userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT);
        return accounts.stream().filter(account -> account.getUserName().equals(wanted)).findFirst()
                .orElseThrow(() -> BusinessException.atField("userName", "account.reset.userNameNeeded"));
    }

    private List<Account> accountsAcrossRegions(By by, String identifier) {
        if (by == By.MOBILE) {
            if (MobileNumber.validate(identifier).isPresent()) {
                throw BusinessException.atField("identifier", "account.mobile.invalid");
            }
            return em.createNamedQuery(Account.BY_MOBILE, Account.class)
                    .setParameter("mobile", MobileNumber.parse(identifier).value()).getResultList();
        }
        if (Uscc.validate(identifier).isPresent()) {
            throw BusinessException.atField("identifier", Uscc.validate(identifier).get());
        }
        List<Enterprise> found = em.createNamedQuery(Enterprise.BY_USCC, Enterprise.class)
                .setParameter("uscc", Uscc.parse(identifier).value()).getResultList();
        return found.isEmpty() ? List.of() : em.createNamedQuery(Account.BY_ENTERPRISE, Account.class)
                .setParameter("enterpriseId", found.get(0).getId()).getResultList();
    }
}
