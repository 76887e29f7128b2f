package org.cmmm.account.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.cmmm.account.entity.Account;
import org.cmmm.platform.boundary.AcrossRegions;
import org.cmmm.platform.boundary.Public;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.sms.boundary.VerificationCodeService;
import org.cmmm.sms.control.MobileNumber;

/**
 * 找回用户名 (manual §3.1 忘记密码和账户名): the user names of the accounts on a mobile number go by SMS to that
 * number, so only its holder reads them. Like asking for a reset code, asking never tells whether the number has an
 * account: unknown numbers and messages held back by the sending limits get the same silence.
 */
@Stateless
@Public
public class UserNameReminderService {

    private static final Logger LOG = Logger.getLogger(UserNameReminderService.class.getName());

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @EJB
    VerificationCodeService messages;

    @AcrossRegions
    public void sendUserNamesAcrossRegions(String mobile) {
        if (MobileNumber.validate(mobile).isPresent()) {
            throw BusinessException.atField("mobile", "account.mobile.invalid");
        }
        String number = MobileNumber.parse(mobile).value();
        List<String> userNames = em.createNamedQuery(Account.BY_MOBILE, Account.class).setParameter("mobile", number)
                .getResultList().stream().map(Account::getUserName).sorted().toList();
        if (userNames.isEmpty()) {
            LOG.info("User names asked for an unknown mobile");
            return;
        }
        try {
            messages.sendUserNames(number, userNames);
        } catch (BusinessException refusedForNow) {
            LOG.info(() -> "User names not sent: " + refusedForNow.messageKey());
        }
    }
}
