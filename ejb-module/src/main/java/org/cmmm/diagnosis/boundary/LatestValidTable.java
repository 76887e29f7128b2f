package org.cmmm.diagnosis.boundary;

import static org.cmmm.platform.control.Role.ADMIN;
import static org.cmmm.platform.control.Role.ENTERPRISE;
import static org.cmmm.platform.control.Role.SUPPORT;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cmmm.diagnosis.control.LatestValidSql;
import org.cmmm.platform.boundary.Allowed;
import org.cmmm.platform.control.BusinessException;

/**
 * Keeps an enterprise's row of the latest-valid table current, inside the caller's transaction: the completion of a
 * diagnosis (the enterprise) and a change of the enterprise's region, industry or size (support) then commit with
 * their row or not at all. The row is rebuilt from the diagnosis "latest valid" names (the named query, the one
 * definition) and the enterprise as it is now.
 */
@Stateless
@Allowed({ENTERPRISE, SUPPORT, ADMIN})
public class LatestValidTable {

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    /** Rebuilds the enterprise's row; an enterprise outside the caller's tenancy is "not found". */
    public void refresh(long enterpriseId) {
        // the tenant rule applies to this read, not to the native statements below: it guards them
        if (em.createQuery("select e.id from Enterprise e where e.id = :id").setParameter("id", enterpriseId)
                .getResultList().isEmpty()) {
            throw new BusinessException(DiagnosisService.FAULT_NOT_FOUND);
        }
        em.flush();
        // refreshes of one enterprise (a completion and a change by support) queue on its row
        em.createNativeQuery("select id from enterprise where id = ?1 for update").setParameter(1, enterpriseId)
                .getSingleResult();
        em.createNativeQuery("delete from latest_valid where enterprise_id = ?1").setParameter(1, enterpriseId)
                .executeUpdate();
        LatestValidQuery.now(em, enterpriseId).ifPresent(diagnosis -> em.createNativeQuery(LatestValidSql.insert("d.id = ?1"))
                .setParameter(1, diagnosis.getId()).executeUpdate());
    }
}
