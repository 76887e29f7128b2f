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
@Public
public class CodeTries {

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    /** Counts one try of the code; false when its tries are used up (then nothing was counted). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(long codeId) {
        return em.createNativeQuery("update sms_code set tries = tries + 1 where id = ?1 and tries < ?2")
                .setParameter(1, codeId)
                .setParameter(2, VerificationCodePolicy.MAX_TRIES)
                .executeUpdate() == 1;
    }
}
