package org.cmmm.enterprise.boundary;

import org.cmmm.platform.boundary.Allowed;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cmmm.enterprise.entity.Industry;
import org.cmmm.platform.boundary.ReferenceFile;

/**
 * Loads the industries of config/reference/industries.csv (GB/T 4754-2017) at start-up when the file is new or
 * changed. Loading only adds: enterprises refer to these rows.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@Allowed(system = true)
public class IndustryReferenceData {

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @PostConstruct
    void load() {
        ReferenceFile.loadIfChanged(em, "industries.csv", this::loadIndustries);
    }

    private int loadIndustries(List<Map<String, String>> rows) {
        Set<String> existing = new HashSet<>(em.createQuery("select i.code from Industry i", String.class).getResultList());
        for (Map<String, String> row : rows) {
            if (!existing.contains(row.get("code"))) {
                String parent = row.get("parent_code");
                em.persist(new Industry(row.get("code"), row.get("name"), parent == null || parent.isEmpty() ? null : parent,
                        Industry.Level.valueOf(row.get("level"))));
            }
        }
        em.flush();
        em.clear();
        return rows.size();
    }
}
