package org.cmmm.sms.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cmmm.platform.boundary.Public;
import org.cmmm.sms.control.VerificationCodePolicy;

/**
 * The try counter of verification codes. A try is claimed with one conditional UPDATE in a transaction of its
 * own, before the code is compared: the count is committed whatever becomes of the action that asked (a wrong
 * code rolls that action back), and twenty parallel tries cannot all read "0 tries so far" — at most
 * {@link VerificationCodePolicy#MAX_TRIES} ever succeed. (A separate EJB because a REQUIRES_NEW method called on
 * {@code this} would not get its own transaction.)
 */
@Stateless
public class CodeTries {

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    /**
     * Counts one try of the code; false when its tries are used up (then nothing was counted). Public because its
     * callers are: a visitor registering or resetting a password tries a code through
     * {@link VerificationCodeService#check}, which spends a try of any number's latest code, so calling this directly
     * spends nothing more than that; what it guards is the count, which only goes up.
     */
    @Public
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(long codeId) {
        return em.createNativeQuery("update sms_code set tries = tries + 1 where id = ?1 and tries < ?2")
                .setParameter(1, codeId)
                .setParameter(2, VerificationCodePolicy.MAX_TRIES)
                .executeUpdate() == 1;
    }
}
