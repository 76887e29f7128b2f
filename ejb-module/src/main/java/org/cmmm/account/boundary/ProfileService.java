package org.cmmm.account.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.cmmm.account.control.AccountPrincipal;
import org.cmmm.account.control.LoginOutcome;
import org.cmmm.account.control.PasswordPolicy;
import org.cmmm.account.control.Passwords;
import org.cmmm.account.control.Role;
import org.cmmm.account.entity.Account;
import org.cmmm.enterprise.boundary.EnterpriseService;
import org.cmmm.enterprise.control.EnterpriseContact;
import org.cmmm.enterprise.entity.Enterprise;
import org.cmmm.platform.control.BusinessException;

/**
 * What signed-in users change about themselves: every user their password (current password first, then the
 * policy of {@link PasswordPolicy#violationsOnChange}); an enterprise user its enterprise's contact data
 * ({@link EnterpriseContact}; name and USCC only support changes). The enterprise is loaded through the tenant
 * rule ({@link EnterpriseService#find}), so an enterprise user can reach its own enterprise only, and the
 * change is checked against the version the page showed: a page that is out of date (another window saved in
 * between) is refused with {@value #FAULT_STALE} instead of overwriting silently.
 */
@Stateless
public class ProfileService {

    public static final String FAULT_STALE = "enterprise.profile.stale";
    public static final String FAULT_NOT_FOUND = "enterprise.notFound";
    public static final String FAULT_FORBIDDEN = "enterprise.profile.forbidden";
    public static final String FAULT_NOT_SIGNED_IN = "account.profile.notSignedIn";
    public static final String FAULT_CURRENT_WRONG = "account.password.currentWrong";
    public static final String FAULT_LOCKED = "account.password.locked";

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @EJB
    EnterpriseService enterprises;

    @EJB
    AccountService accounts;

    Clock clock = Clock.systemUTC();

    /** Changes the signed-in user's password; faults name their field (currentPassword, newPassword, newPasswordAgain). */
    public void changePassword(String currentPassword, String newPassword, String newPasswordAgain) {
        AccountPrincipal user = signedIn();
        // checked first and on its own: the outcome (and the failure count) is committed before anything is read
        LoginOutcome check = accounts.verifyPassword(user.accountId(), currentPassword);
        if (check instanceof LoginOutcome.Locked locked) {
            throw BusinessException.atField("currentPassword", FAULT_LOCKED, locked.remaining().toMinutes() + 1);
        }
        if (!(check instanceof LoginOutcome.Success)) {
            throw BusinessException.atField("currentPassword", FAULT_CURRENT_WRONG);
        }
        Account account = em.find(Account.class, user.accountId());
        if (account == null || !account.isActive()) {
            throw new BusinessException(FAULT_NOT_SIGNED_IN);
        }
        String hash = account.getPasswordHash();
        List<String> faults = PasswordPolicy.violationsOnChange(newPassword == null ? "" : newPassword,
                account.getUserName(), candidate -> Passwords.matches(candidate, hash));
        if (!faults.isEmpty()) {
            throw BusinessException.atField("newPassword", faults.get(0));
        }
        if (!newPassword.equals(newPasswordAgain)) {
            throw BusinessException.atField("newPasswordAgain", "account.password.mismatch");
        }
        account.changePassword(Passwords.hash(newPassword), clock.instant());
    }

    /** The signed-in enterprise user's own enterprise. */
    public Enterprise ownEnterprise() {
        AccountPrincipal user = enterpriseUser();
        return enterprises.find(user.enterpriseId()).orElseThrow(() -> new BusinessException(FAULT_NOT_FOUND));
    }

    /**
     * Changes the contact data of an enterprise the signed-in enterprise user may see (its own), if it is still
     * at {@code version}, the version the page loaded.
     *
     * @return the enterprise as saved, with its new version
     */
    public Enterprise changeEnterpriseContact(long enterpriseId, int version, EnterpriseContact contact) {
        enterpriseUser();
        Map<String, String> faults = contact.violations();
        if (!faults.isEmpty()) {
            Map.Entry<String, String> first = faults.entrySet().iterator().next();
            throw BusinessException.atField(first.getKey(), first.getValue());
        }
        Enterprise enterprise = enterprises.find(enterpriseId).orElseThrow(() -> new BusinessException(FAULT_NOT_FOUND));
        if (enterprise.getVersion() != version) {
            throw new BusinessException(FAULT_STALE);
        }
        EnterpriseContact stored = contact.normalized();
        enterprise.changeContact(stored.address(), stored.contactPerson(), stored.contactMobile(), stored.email());
        try {
            em.flush(); // a save of another window between the check and here fails on the version column
        } catch (OptimisticLockException savedMeanwhile) {
            throw new BusinessException(FAULT_STALE);
        }
        return enterprise;
    }

    private static AccountPrincipal enterpriseUser() {
        AccountPrincipal user = signedIn();
        if (user.role() != Role.ENTERPRISE || user.enterpriseId() == null) {
            throw new BusinessException(FAULT_FORBIDDEN);
        }
        return user;
    }

    private static AccountPrincipal signedIn() {
        Subject subject = ThreadContext.getSubject();
        if (subject != null && subject.isAuthenticated() && subject.getPrincipal() instanceof AccountPrincipal user) {
            return user;
        }
        throw new BusinessException(FAULT_NOT_SIGNED_IN);
    }
}
