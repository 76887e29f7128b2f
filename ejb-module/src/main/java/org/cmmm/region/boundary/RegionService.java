package org.cmmm.region.boundary;

import org.cmmm.platform.boundary.Public;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cmmm.region.entity.Region;

/** The region tree as pickers and support screens read it: public reference data, not tenant data. */
@Stateless
@Public
public class RegionService {

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    public List<Region> provinces() {
        return active(em.createNamedQuery(Region.PROVINCES, Region.class).getResultList());
    }

    public List<Region> children(String parentCode) {
        if (parentCode == null || parentCode.isBlank()) {
            return List.of();
        }
        return active(em.createNamedQuery(Region.CHILDREN, Region.class).setParameter("parent", parentCode).getResultList());
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : em.find(Region.class, code));
    }

    private static List<Region> active(List<Region> regions) {
        return regions.stream().filter(Region::isActive).toList();
    }
}
