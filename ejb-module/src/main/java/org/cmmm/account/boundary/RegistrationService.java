package org.cmmm.account.boundary;

import org.cmmm.platform.boundary.Public;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.cmmm.sms.control.MobileNumber;
import org.cmmm.account.control.Passwords;
import org.cmmm.account.control.RegistrationForm;
import org.cmmm.platform.control.Role;
import org.cmmm.account.control.UserName;
import org.cmmm.account.entity.Account;
import org.cmmm.enterprise.boundary.EnterpriseRegistry;
import org.cmmm.enterprise.boundary.EnterpriseService;
import org.cmmm.enterprise.control.Uscc;
import org.cmmm.enterprise.entity.Enterprise;
import org.cmmm.enterprise.entity.Industry;
import java.util.ArrayList;
import java.util.List;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.control.Fault;
import org.cmmm.region.entity.Region;
import org.cmmm.sms.boundary.VerificationCodeService;
import org.cmmm.sms.control.VerificationCodePolicy;

/**
 * Registration of an enterprise with its first account (manual §1.1 and §3.2): every rule of the form again,
 * then the unique user name and USCC ("organization code already registered": reset the password instead),
 * the business registry's verdict on name and USCC, and the SMS code that proves the mobile.
 */
@Stateless
@Public
public class RegistrationService {

    public static final String FAULT_USCC_TAKEN = "account.register.usccTaken";

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @EJB
    AccountService accounts;

    @EJB
    EnterpriseService enterprises;

    @EJB
    VerificationCodeService codes;

    @Inject
    EnterpriseRegistry registry;

    Clock clock = Clock.systemUTC();

    /** Sends the SMS code that proves the mobile number of a registration. */
    public void sendCode(String mobile) {
        codes.send(VerificationCodePolicy.PURPOSE_REGISTRATION, MobileNumber.parse(mobile).value());
    }

    public long register(RegistrationForm form) {
        BusinessException.throwIfAny(Fault.atFields(form.violations()));
        String userName = UserName.parse(form.userName()).value();
        String uscc = Uscc.parse(form.uscc()).value();
        String mobile = MobileNumber.parse(form.mobile()).value();
        // the mobile is proved first: whether a user name or a USCC is taken is told only to whoever holds a
        // verified phone (and then a taken one rolls the code's use back, so it serves the corrected form)
        codes.requireValid(VerificationCodePolicy.PURPOSE_REGISTRATION, mobile, form.smsCode());
        List<Fault> faults = new ArrayList<>();
        if (accounts.isUserNameTaken(userName)) {
            faults.add(Fault.at("userName", "account.userName.taken"));
        }
        if (enterprises.usccRegisteredAcrossRegions(uscc)) {
            faults.add(Fault.at("uscc", FAULT_USCC_TAKEN));
        }
        Industry industry = em.find(Industry.class, form.industryCode());
        if (industry == null || industry.getLevel() != Industry.Level.CLASS) {
            faults.add(Fault.at("industryCode", "enterprise.industry.invalid"));
        }
        Region region = em.find(Region.class, form.regionCode());
        if (region == null || !region.isActive()) {
            faults.add(Fault.at("regionCode", "region.invalid"));
        }
        BusinessException.throwIfAny(faults);
        if (registry.check(form.enterpriseName().strip(), uscc) == EnterpriseRegistry.Verdict.MISMATCH) {
            throw BusinessException.atField("enterpriseName", "enterprise.registry.mismatch");
        }

        Enterprise enterprise = new Enterprise(form.enterpriseName().strip(), uscc, industry.getCode(), region.getCode(),
                region.getPath(), form.address().strip(), form.contactPerson().strip(), mobile,
                blankToNull(form.email()), form.size(), LocalDateTime.now(clock));
        // The checks above read what is committed; a registration of the same USCC or user name at the same moment
        // is stopped by the unique keys, and its loser gets the same answer as if it had come a second later.
        insertOrRefuse(enterprise, "uscc", FAULT_USCC_TAKEN);
        Account account = new Account(userName, Passwords.hash(form.password()), Role.ENTERPRISE, enterprise.getId(),
                null, form.contactPerson().strip(), mobile, clock.instant());
        insertOrRefuse(account, "userName", "account.userName.taken");
        return account.getId();
    }

    private void insertOrRefuse(Object row, String field, String faultKey) {
        try {
            em.persist(row);
            em.flush();
        } catch (PersistenceException takenMeanwhile) {
            throw BusinessException.atField(field, faultKey);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
