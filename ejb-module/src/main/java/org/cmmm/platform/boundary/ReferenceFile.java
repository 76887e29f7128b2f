package org.cmmm.platform.boundary;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.logging.Logger;
import org.cmmm.platform.control.Checksums;
import org.cmmm.platform.control.CsvFile;

/**
 * A reference list of config/reference (in config.jar, in the EAR's lib/) that is loaded at start-up only
 * when its content changed since the last load: the checksum of every loaded file is kept in
 * {@code reference_data}. The feature that owns the list (regions, industries) says how its rows are stored.
 */
public final class ReferenceFile {

    private static final Logger LOG = Logger.getLogger(ReferenceFile.class.getName());
    private static final String DIRECTORY = "cmmm/reference/";

    private ReferenceFile() {
    }

    /**
     * Loads {@code file} with {@code loader} (which returns the number of rows it read) when the file is new or
     * changed; runs in the caller's transaction.
     */
    public static void loadIfChanged(EntityManager em, String file, ToIntFunction<List<Map<String, String>>> loader) {
        byte[] content = read(DIRECTORY + file);
        String checksum = Checksums.sha256(content);
        Object loaded = em.createNativeQuery("select checksum from reference_data where name = ?1")
                .setParameter(1, file).getResultStream().findFirst().orElse(null);
        if (checksum.equals(loaded)) {
            return;
        }
        int rows = loader.applyAsInt(CsvFile.read(new ByteArrayInputStream(content)));
        em.createNativeQuery("replace into reference_data (name, checksum, loaded_at, `rows`) values (?1, ?2, ?3, ?4)")
                .setParameter(1, file).setParameter(2, checksum).setParameter(3, LocalDateTime.now()).setParameter(4, rows)
                .executeUpdate();
        LOG.info(() -> "Reference data " + file + ": " + rows + " rows loaded");
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReferenceFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource + " (config.jar in the EAR's lib/)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
