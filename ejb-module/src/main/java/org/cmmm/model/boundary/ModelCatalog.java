package org.cmmm.model.boundary;

import org.cmmm.platform.boundary.Public;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.ModelReader;
import org.cmmm.model.entity.ModelVersion;

/**
 * The published model versions, ready to use. At start-up it publishes every file listed in
 * {@code config/model/published.txt} that is new, then reads every version from the database (not from the
 * files, so that a diagnosis can be scored by its version even after an operator removes the file). The last
 * listed file is the current version, the one new diagnoses start with.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // read-only after start-up
@Public
public class ModelCatalog {

    private static final Logger LOG = Logger.getLogger(ModelCatalog.class.getName());
    static final String MODEL_DIRECTORY = "cmmm/model/";

    @EJB
    ModelImport modelImport;

    private volatile Map<String, MaturityModel> models = Map.of();
    private volatile String currentVersion;

    @PostConstruct
    void load() {
        List<String> files = publishedFiles();
        if (files.isEmpty()) {
            throw new IllegalStateException("No model is published: " + MODEL_DIRECTORY + "published.txt lists no file");
        }
        String current = null;
        for (String file : files) {
            ModelImport.Result result = modelImport.importIfNew(read(MODEL_DIRECTORY + file));
            LOG.info(() -> "Model " + result.version() + ": " + result.outcome());
            if (result.outcome() == ModelImport.Outcome.IMPORTED) {
                // once, when the version is published: an operator reads them in the log of that start
                result.warnings().forEach(warning -> LOG.warning(() -> "Model " + result.version() + ": " + warning));
            }
            current = result.version();
        }
        Map<String, MaturityModel> loaded = new LinkedHashMap<>();
        for (ModelVersion version : modelImport.published()) {
            loaded.put(version.getVersion(), new ModelReader().read(
                    new ByteArrayInputStream(version.getDocument().getBytes(StandardCharsets.UTF_8))));
        }
        models = java.util.Collections.unmodifiableMap(loaded); // in the order of publication
        currentVersion = current;
    }

    /** The version new diagnoses start with. */
    public MaturityModel current() {
        return models.get(currentVersion);
    }

    public Optional<MaturityModel> find(String version) {
        return Optional.ofNullable(models.get(version));
    }

    /** Every published version, oldest first; the last is the current one. */
    public List<String> versions() {
        return List.copyOf(models.keySet());
    }

    private static List<String> publishedFiles() {
        List<String> files = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream(MODEL_DIRECTORY + "published.txt"),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String file = line.strip();
                if (!file.isEmpty() && !file.startsWith("#")) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String read(String resource) {
        try (InputStream in = stream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String resource) {
        InputStream in = ModelCatalog.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing " + resource + " (config.jar in the EAR's lib/)");
        }
        return in;
    }
}
