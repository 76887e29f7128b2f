package org.cmmm.account.boundary;

import org.cmmm.platform.boundary.Allowed;
import static org.cmmm.platform.control.Role.ADMIN;
import static org.cmmm.platform.control.Role.ENTERPRISE;
import static org.cmmm.platform.control.Role.REGION_ADMIN;
import static org.cmmm.platform.control.Role.SUPPORT;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.cmmm.platform.boundary.CurrentAccount;
import org.cmmm.platform.control.Fault;
import org.cmmm.platform.control.AccountPrincipal;
import org.cmmm.account.control.LoginOutcome;
import org.cmmm.account.control.PasswordPolicy;
import org.cmmm.account.control.Passwords;
import org.cmmm.account.entity.Account;
import org.cmmm.platform.control.BusinessException;

/**
 * What every signed-in user changes about their account: the password (current password first, then the policy
 * of {@link PasswordPolicy#violationsOnChange}). An enterprise's contact data are the enterprise feature's
 * ({@code EnterpriseProfile}).
 */
@Stateless
@Allowed({ENTERPRISE, REGION_ADMIN, SUPPORT, ADMIN})
public class ProfileService {

    public static final String FAULT_CURRENT_WRONG = "account.password.currentWrong";
    public static final String FAULT_LOCKED = "account.password.locked";

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @EJB
    AccountService accounts;

    Clock clock = Clock.systemUTC();

    /** Changes the signed-in user's password; faults name their field (currentPassword, newPassword, newPasswordAgain). */
    public void changePassword(String currentPassword, String newPassword, String newPasswordAgain) {
        AccountPrincipal user = CurrentAccount.require();
        // checked first and on its own: the outcome (and the failure count) is committed before anything is read
        LoginOutcome check = accounts.verifyOwnPassword(currentPassword);
        if (check instanceof LoginOutcome.Locked locked) {
            throw BusinessException.atField("currentPassword", FAULT_LOCKED, locked.remaining().toMinutes() + 1);
        }
        if (!(check instanceof LoginOutcome.Success)) {
            throw BusinessException.atField("currentPassword", FAULT_CURRENT_WRONG);
        }
        Account account = em.find(Account.class, user.accountId());
        if (account == null || !account.isActive()) {
            throw BusinessException.forbidden();
        }
        String hash = account.getPasswordHash();
        List<Fault> faults = new ArrayList<>();
        PasswordPolicy.violationsOnChange(newPassword == null ? "" : newPassword, account.getUserName(),
                        candidate -> Passwords.matches(candidate, hash)).stream().findFirst()
                .ifPresent(key -> faults.add(Fault.at("newPassword", key)));
        if (newPassword == null || !newPassword.equals(newPasswordAgain)) {
            faults.add(Fault.at("newPasswordAgain", "account.password.mismatch"));
        }
        BusinessException.throwIfAny(faults);
        account.changePassword(Passwords.hash(newPassword), clock.instant());
    }
}
