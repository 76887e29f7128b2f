package org.cmmm.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import org.cmmm.enterprise.entity.Industry;
import org.cmmm.platform.control.Checksums;
import org.cmmm.platform.control.CsvFile;
import org.cmmm.region.entity.Region;

/**
 * Loads the reference lists of config/reference (regions per GB/T 2260, industries per GB/T 4754-2017) at
 * start-up when a file is new or changed. Loading adds what is missing and renames what was renamed; it never
 * deletes, because enterprises refer to these rows. Regions support added stay as they are.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class.getName());
    private static final String DIRECTORY = "cmmm/reference/";

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @PostConstruct
    void load() {
        loadIfChanged("regions.csv", this::loadRegions);
        loadIfChanged("industries.csv", this::loadIndustries);
    }

    private void loadIfChanged(String file, Function<List<Map<String, String>>, Integer> loader) {
        byte[] content = read(DIRECTORY + file);
        String checksum = Checksums.sha256(content);
        Object loaded = em.createNativeQuery("select checksum from reference_data where name = ?1")
                .setParameter(1, file).getResultStream().findFirst().orElse(null);
        if (checksum.equals(loaded)) {
            return;
        }
        int rows = loader.apply(CsvFile.read(new ByteArrayInputStream(content)));
        em.createNativeQuery("replace into reference_data (name, checksum, loaded_at, `rows`) values (?1, ?2, ?3, ?4)")
                .setParameter(1, file).setParameter(2, checksum).setParameter(3, LocalDateTime.now()).setParameter(4, rows)
                .executeUpdate();
        LOG.info(() -> "Reference data " + file + ": " + rows + " rows loaded");
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

    private static byte[] read(String resource) {
        try (InputStream in = ReferenceDataLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource + " (config.jar in the EAR's lib/)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
