package org.cmmm.support.boundary;

import org.cmmm.platform.boundary.Allowed;
import static org.cmmm.platform.control.Role.ADMIN;
import static org.cmmm.platform.control.Role.SUPPORT;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cmmm.account.boundary.AccountService;
import org.cmmm.platform.control.AccountPrincipal;
import org.cmmm.account.control.LoginAttempts;
import org.cmmm.sms.control.MobileNumber;
import org.cmmm.account.control.Passwords;
import org.cmmm.platform.control.Role;
import org.cmmm.account.control.UserName;
import org.cmmm.account.entity.Account;
import org.cmmm.audit.boundary.AuditLog;
import org.cmmm.diagnosis.boundary.LatestValidTable;
import org.cmmm.audit.entity.AuditEntry;
import org.cmmm.enterprise.boundary.EnterpriseService;
import org.cmmm.enterprise.control.Uscc;
import org.cmmm.enterprise.entity.Enterprise;
import org.cmmm.enterprise.entity.Industry;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.control.Fault;
import org.cmmm.platform.control.LikePattern;
import org.cmmm.platform.boundary.CurrentAccount;
import org.cmmm.platform.boundary.AcrossRegions;
import org.cmmm.region.entity.Region;
import org.cmmm.support.control.ClassificationForm;
import org.cmmm.support.control.MobileChangeForm;
import org.cmmm.support.control.NonLegalEntityForm;
import org.cmmm.support.control.RegionAdminForm;
import org.cmmm.support.control.SupportAccess;

/**
 * The support back office (manual §3.1 and §3.2): find enterprises and users across every region, create the
 * accounts that cannot register themselves (units that are not legal entities, regional administrators),
 * change an unreachable registered mobile, lift a login lockout. Only support and administrators may call it
 * ({@link Allowed}), whatever the URL rules let through; support may not act on staff accounts
 * ({@link SupportAccess}); every action
 * writes exactly one audit entry, in its own transaction, naming the actor. Methods that read tenant data say
 * so by their name ({@code …AcrossRegions}).
 */
@Stateless
@Allowed({SUPPORT, ADMIN})
public class SupportService {

    public static final String ACTION_UNIT_CREATE = "unit.create";
    public static final String ACTION_REGION_ADMIN_CREATE = "regionAdmin.create";
    public static final String ACTION_MOBILE_CHANGE = "account.mobile.change";
    public static final String ACTION_UNLOCK = "account.unlock";
    public static final String ACTION_RECLASSIFY = "enterprise.reclassify";

    public static final String TARGET_ENTERPRISE = "ENTERPRISE";
    public static final String TARGET_ACCOUNT = "ACCOUNT";

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @EJB
    AccountService accounts;

    @EJB
    AuditLog audit;

    @EJB
    EnterpriseService enterprises;

    @EJB
    LatestValidTable latestValid;


    Clock clock = Clock.systemUTC();

    /** Enterprises by USCC or its start, or by name ({@link EnterpriseService#search}), in every region. */
    @AcrossRegions
    public List<EnterpriseSummary> searchEnterprisesAcrossRegions(String text, int max) {
        return enterprises.search(text, max).stream()
                .map(e -> new EnterpriseSummary(e.getId(), e.getName(), e.getUscc(), e.isLegalEntity(), e.getRegionCode(),
                        e.getRegionPath()))
                .toList();
    }

    /**
     * Accounts whose user name, mobile or display name starts with the text (accounts carry no tenant rule), by user
     * name: each a range of its own index, merged here, since one query over the three could use none.
     */
    public List<AccountSummary> searchAccounts(String text, int max) {
        String typed = text == null ? "" : text.strip();
        String prefix = LikePattern.startingWith(typed);
        Map<Long, Account> found = new HashMap<>();
        for (String byPrefix : List.of(Account.BY_USER_NAME_PREFIX, Account.BY_MOBILE_PREFIX, Account.BY_DISPLAY_NAME_PREFIX)) {
            String pattern = byPrefix.equals(Account.BY_USER_NAME_PREFIX) ? prefix.toLowerCase(Locale.ROOT) : prefix;
            em.createNamedQuery(byPrefix, Account.class).setParameter("prefix", pattern).setMaxResults(max)
                    .getResultStream().forEach(account -> found.putIfAbsent(account.getId(), account));
        }
        return found.values().stream()
                .sorted(Comparator.comparing(Account::getUserName))
                .limit(max)
                .map(this::summaryOf)
                .toList();
    }

    /**
     * Creates a unit that is not a legal entity, optionally under the enterprise with the given USCC, and its
     * ENTERPRISE account with the password support gives it and the unit's mobile.
     */
    @AcrossRegions
    public CreatedUnit createNonLegalEntityAcrossRegions(NonLegalEntityForm form) {
        AccountPrincipal actor = CurrentAccount.requireStaff();
        requireNoFaults(form.violations());
        String userName = requireFreeUserName(form.userName());
        Long parentId = null;
        if (form.hasParent()) {
            String parentUscc = Uscc.parse(form.parentUscc()).value();
            parentId = em.createNamedQuery(Enterprise.BY_USCC, Enterprise.class).setParameter("uscc", parentUscc)
                    .getResultStream().findFirst()
                    .map(Enterprise::getId)
                    .orElseThrow(() -> BusinessException.atField("parentUscc", "support.unit.parentNotFound"));
        }
        Industry industry = em.find(Industry.class, form.industryCode().strip());
        if (industry == null || industry.getLevel() != Industry.Level.CLASS) {
            throw BusinessException.atField("industryCode", "enterprise.industry.invalid");
        }
        Region region = activeRegion(form.regionCode());
        String mobile = MobileNumber.parse(form.mobile()).value();

        Enterprise unit = Enterprise.nonLegalEntity(form.unitName().strip(), parentId, industry.getCode(), region.getCode(),
                region.getPath(), form.address().strip(), form.contactPerson().strip(), mobile, null, form.size(),
                LocalDateTime.now(clock));
        em.persist(unit);
        em.flush();
        Account account = new Account(userName, Passwords.hash(form.password()), Role.ENTERPRISE, unit.getId(), null,
                form.contactPerson().strip(), mobile, clock.instant());
        em.persist(account);
        em.flush();
        audit.record(actor.userName(), ACTION_UNIT_CREATE, TARGET_ENTERPRISE, String.valueOf(unit.getId()), null, null,
                "name=" + unit.getName() + ", parent=" + (parentId == null ? "-" : parentId) + ", region="
                        + region.getCode() + ", account=" + userName + ", mobile=" + MobileNumber.mask(mobile));
        return new CreatedUnit(unit.getId(), account.getId());
    }

    /** Creates the account of a regional administrator, bound to an active region; returns its id. */
    public long createRegionAdmin(RegionAdminForm form) {
        AccountPrincipal actor = CurrentAccount.requireStaff();
        requireNoFaults(form.violations());
        String userName = requireFreeUserName(form.userName());
        Region region = activeRegion(form.regionCode());
        String mobile = MobileNumber.parse(form.mobile()).value();
        Account account = new Account(userName, Passwords.hash(form.password()), Role.REGION_ADMIN, null, region.getCode(),
                form.displayName().strip(), mobile, clock.instant());
        em.persist(account);
        em.flush();
        audit.record(actor.userName(), ACTION_REGION_ADMIN_CREATE, TARGET_ACCOUNT, String.valueOf(account.getId()), null,
                null, "userName=" + userName + ", region=" + region.getCode() + ", mobile=" + MobileNumber.mask(mobile));
        return account.getId();
    }

    /** Changes the registered mobile of an account, for the reason support states. */
    public void changeMobile(long accountId, String newMobile, String reason) {
        AccountPrincipal actor = CurrentAccount.requireStaff();
        MobileChangeForm form = new MobileChangeForm(newMobile, reason);
        requireNoFaults(form.violations());
        Account account = accountToActOn(actor, accountId);
        String before = account.getMobile();
        String after = MobileNumber.parse(newMobile).value();
        if (after.equals(before)) {
            throw BusinessException.atField("newMobile", "support.mobile.same");
        }
        account.changeMobile(after);
        audit.record(actor.userName(), ACTION_MOBILE_CHANGE, TARGET_ACCOUNT, String.valueOf(accountId), reason.strip(),
                "mobile=" + MobileNumber.mask(before), "mobile=" + MobileNumber.mask(after));
    }

    /**
     * Changes where an enterprise is counted (its region, industry class and size) for the reason support states.
     * Its diagnoses follow it to the new region, since the tenant rule reads their region path, and its row of the
     * latest-valid table changes in the same transaction: statistics never count it in two places.
     */
    @AcrossRegions
    public void reclassifyAcrossRegions(long enterpriseId, ClassificationForm form) {
        AccountPrincipal actor = CurrentAccount.requireStaff();
        requireNoFaults(form.violations());
        Enterprise enterprise = em.find(Enterprise.class, enterpriseId);
        if (enterprise == null) {
            throw new BusinessException("support.enterprise.notFound");
        }
        Industry industry = em.find(Industry.class, form.industryCode().strip());
        if (industry == null || industry.getLevel() != Industry.Level.CLASS) {
            throw BusinessException.atField("industryCode", "enterprise.industry.invalid");
        }
        Region region = activeRegion(form.regionCode());
        String before = classification(enterprise);
        enterprise.reclassify(region.getCode(), region.getPath(), industry.getCode(), form.size());
        String after = classification(enterprise);
        if (after.equals(before)) {
            throw new BusinessException("support.reclassify.same");
        }
        em.createQuery("update Diagnosis d set d.regionPath = :path where d.enterpriseId = :id")
                .setParameter("path", region.getPath()).setParameter("id", enterpriseId).executeUpdate();
        latestValid.refresh(enterpriseId);
        audit.record(actor.userName(), ACTION_RECLASSIFY, TARGET_ENTERPRISE, String.valueOf(enterpriseId),
                form.reason().strip(), before, after);
    }

    /** Lifts a login lockout and forgets the failures of the current run. */
    public void unlock(long accountId) {
        AccountPrincipal actor = CurrentAccount.requireStaff();
        Account account = accountToActOn(actor, accountId);
        LoginAttempts before = account.loginAttempts();
        account.record(before.unlocked());
        audit.record(actor.userName(), ACTION_UNLOCK, TARGET_ACCOUNT, String.valueOf(accountId), null,
                "failedLogins=" + before.consecutiveFailures() + ", lockedUntil="
                        + (before.lockedUntil() == null ? "-" : before.lockedUntil()),
                "failedLogins=0, lockedUntil=-");
    }

    /** A page of the audit log, newest first. */
    public List<AuditEntry> auditLog(int first, int max) {
        return audit.latest(first, max);
    }

    public long auditLogSize() {
        return audit.count();
    }


    private Account accountToActOn(AccountPrincipal actor, long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new BusinessException("support.account.notFound");
        }
        SupportAccess.requireMayActOn(actor, account.getRole());
        return account;
    }

    private String requireFreeUserName(String typed) {
        String userName = UserName.parse(typed).value();
        if (accounts.isUserNameTaken(userName)) {
            throw BusinessException.atField("userName", "account.userName.taken");
        }
        return userName;
    }

    private Region activeRegion(String code) {
        Region region = em.find(Region.class, code.strip());
        if (region == null || !region.isActive()) {
            throw BusinessException.atField("regionCode", "region.invalid");
        }
        return region;
    }

    private AccountSummary summaryOf(Account account) {
        LoginAttempts attempts = account.loginAttempts();
        return new AccountSummary(account.getId(), account.getUserName(), account.getDisplayName(), account.getRole(),
                account.getMobile(), account.getEnterpriseId(), account.getRegionCode(),
                attempts.isLocked(clock.instant()), attempts.consecutiveFailures(), account.isActive());
    }

    private static String classification(Enterprise enterprise) {
        return "region=" + enterprise.getRegionCode() + ", industry=" + enterprise.getIndustryCode() + ", size="
                + enterprise.getSize();
    }

    private static void requireNoFaults(Map<String, String> faults) {
        BusinessException.throwIfAny(Fault.atFields(faults));
    }

}
