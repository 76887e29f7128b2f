package org.cmmm.enterprise.boundary;

import static org.cmmm.platform.control.Role.ENTERPRISE;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.cmmm.enterprise.control.EnterpriseContact;
import org.cmmm.enterprise.entity.Enterprise;
import org.cmmm.platform.boundary.Allowed;
import org.cmmm.platform.boundary.CurrentAccount;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.control.Fault;

/**
 * What an enterprise user changes about its enterprise: the contact data ({@link EnterpriseContact}; name and
 * USCC only support changes). The enterprise is loaded through the tenant rule ({@link EnterpriseService#find}),
 * so an enterprise user reaches its own enterprise only, and the change is checked against the version the page
 * showed: a page that is out of date (another window saved in between) is refused with {@value #FAULT_STALE}
 * instead of overwriting silently.
 */
@Stateless
@Allowed(ENTERPRISE)
public class EnterpriseProfile {

    public static final String FAULT_STALE = "enterprise.profile.stale";
    public static final String FAULT_NOT_FOUND = "enterprise.notFound";

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @EJB
    EnterpriseService enterprises;

    /** The signed-in enterprise user's own enterprise. */
    public Enterprise own() {
        return enterprises.find(CurrentAccount.requireEnterpriseId()).orElseThrow(() -> new BusinessException(FAULT_NOT_FOUND));
    }

    /**
     * Changes the contact data of the signed-in user's enterprise (another enterprise's id is not found: the tenant
     * rule hides it), if it is still at {@code version}, the version
     * the page loaded; every fault of the form at once.
     *
     * @return the enterprise as saved, with its new version
     */
    public Enterprise changeContact(long enterpriseId, int version, EnterpriseContact contact) {
        CurrentAccount.requireEnterpriseId();
        BusinessException.throwIfAny(Fault.atFields(contact.violations()));
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
}
