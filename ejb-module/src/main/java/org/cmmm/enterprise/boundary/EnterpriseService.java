package org.cmmm.enterprise.boundary;

import org.cmmm.platform.boundary.Allowed;
import org.cmmm.platform.boundary.Public;
import static org.cmmm.platform.control.Role.ADMIN;
import static org.cmmm.platform.control.Role.ENTERPRISE;
import static org.cmmm.platform.control.Role.REGION_ADMIN;
import static org.cmmm.platform.control.Role.SUPPORT;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cmmm.enterprise.entity.Enterprise;
import org.cmmm.enterprise.entity.Industry;
import org.cmmm.platform.boundary.AcrossRegions;

/**
 * Enterprises as the signed-in user may see them: every query here passes the tenant rule, so an id of
 * another tenant's enterprise finds nothing. Methods named …AcrossRegions are the named exceptions.
 */
@Stateless
@Allowed({ENTERPRISE, REGION_ADMIN, SUPPORT, ADMIN})
public class EnterpriseService {

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    /** The enterprise, if the signed-in user may see it. */
    public Optional<Enterprise> find(long id) {
        return em.createQuery("select e from Enterprise e where e.id = :id", Enterprise.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    public List<Enterprise> search(String text, int max) {
        return em.createNamedQuery(Enterprise.SEARCH, Enterprise.class)
                .setParameter("text", "%" + (text == null ? "" : text.strip()) + "%")
                .setMaxResults(max)
                .getResultList();
    }

    /** Whether a USCC is registered anywhere: registration must refuse a second account for it. */
    @AcrossRegions
    @Public
    public boolean usccRegisteredAcrossRegions(String uscc) {
        return !em.createNamedQuery(Enterprise.BY_USCC, Enterprise.class).setParameter("uscc", uscc)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Industry classes whose code starts with, or whose name contains, the text: the registration picker. */
    @Public
    public List<Industry> industryClasses(String text, int max) {
        String query = text == null ? "" : text.strip();
        return em.createNamedQuery(Industry.SEARCH_CLASSES, Industry.class)
                .setParameter("prefix", query + "%")
                .setParameter("name", "%" + query + "%")
                .setMaxResults(max)
                .getResultList();
    }

    @Public

    public Optional<Industry> industry(String code) {
        return Optional.ofNullable(code == null ? null : em.find(Industry.class, code));
    }
}
