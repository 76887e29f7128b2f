package org.cmmm.region.boundary;

import org.cmmm.platform.boundary.Allowed;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cmmm.platform.boundary.ReferenceFile;
import org.cmmm.region.entity.Region;

/**
 * Loads the regions of config/reference/regions.csv (GB/T 2260) at start-up when the file is new or changed.
 * Loading adds what is missing and renames what was renamed; it never deletes, because enterprises refer to
 * these rows. Regions support added stay as they are.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@Allowed(system = true)
public class RegionReferenceData {

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @PostConstruct
    void load() {
        ReferenceFile.loadIfChanged(em, "regions.csv", this::loadRegions);
    }

    private int loadRegions(List<Map<String, String>> rows) {
        Map<String, Region> existingRegions = new HashMap<>();
        em.createQuery("select r from Region r", Region.class).getResultList()
                .forEach(region -> existingRegions.put(region.getCode(), region));
        Map<String, String> paths = new HashMap<>();
        String level = null;
        rows.sort(Comparator.comparingInt((Map<String, String> row) -> Region.Kind.valueOf(row.get("level")).ordinal())
                .thenComparing(row -> row.get("code")));
        for (Map<String, String> row : rows) {
            if (!row.get("level").equals(level)) {
                em.flush(); // parents reach the database before their children (foreign key)
                level = row.get("level");
            }
            String code = row.get("code");
            String parent = row.get("parent_code");
            String path = (parent == null || parent.isEmpty() ? "/" : paths.get(parent)) + code + "/";
            paths.put(code, path);
            Region existing = existingRegions.get(code);
            if (existing == null) {
                em.persist(new Region(code, row.get("name"), parent == null || parent.isEmpty() ? null : parent,
                        Region.Kind.valueOf(row.get("level")), path, false));
            } else if (!existing.getName().equals(row.get("name"))) {
                existing.rename(row.get("name"));
            }
        }
        em.flush();
        em.clear();
        return rows.size();
    }
}
