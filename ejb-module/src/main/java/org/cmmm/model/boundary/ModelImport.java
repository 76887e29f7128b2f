package org.cmmm.model.boundary;

import org.cmmm.platform.boundary.Allowed;
import org.cmmm.platform.boundary.Public;
import static org.cmmm.platform.control.Role.ADMIN;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.ModelReader;
import org.cmmm.model.control.ModelValidator;
import org.cmmm.model.control.Question;
import org.cmmm.model.entity.ModelQuestion;
import org.cmmm.model.entity.ModelVersion;
import org.cmmm.platform.control.Checksums;

/**
 * Publishes a model file: validates it and stores it when its version is new. A version already published
 * with the same content is left alone; the same version with other content is refused, because diagnoses
 * already scored by it must stay reproducible. Corrections are published as a new version.
 */
@Stateless
public class ModelImport {

    /** What an import did. */
    public enum Outcome { IMPORTED, ALREADY_PUBLISHED }

    /**
     * The version a file carries, what importing it did, and the validator's warnings about it: only when it was
     * imported now, since the files already published are read again at every start and were warned about once.
     */
    public record Result(String version, Outcome outcome, List<String> warnings) {
    }

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @Allowed(value = ADMIN, system = true)
    public Result importIfNew(String document) {
        MaturityModel model = new ModelReader().read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
        ModelValidator validator = new ModelValidator();
        validator.validateOrThrow(model);
        String checksum = Checksums.sha256(document);
        Optional<ModelVersion> published = find(model.version());
        if (published.isPresent()) {
            if (!published.get().getChecksum().equals(checksum)) {
                throw new IllegalStateException("Model " + model.version()
                        + " was changed after it was published; publish the change as a new version");
            }
            return new Result(model.version(), Outcome.ALREADY_PUBLISHED, List.of());
        }
        ModelVersion version = new ModelVersion(model.version(), checksum, document, model.questions().size(),
                LocalDateTime.now());
        em.persist(version);
        em.flush(); // the questions refer to the generated id
        for (Question question : model.questions()) {
            em.persist(new ModelQuestion(version.getId(), question.id(), question.level(), question.subDomain()));
        }
        return new Result(model.version(), Outcome.IMPORTED, validator.warnings(model));
    }

    @Public
    public Optional<ModelVersion> find(String version) {
        return em.createNamedQuery(ModelVersion.BY_VERSION, ModelVersion.class)
                .setParameter("version", version)
                .getResultStream()
                .findFirst();
    }

    @Public
    public List<ModelVersion> published() {
        return em.createNamedQuery(ModelVersion.ALL, ModelVersion.class).getResultList();
    }
}
