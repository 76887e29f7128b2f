package org.cmmm.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.Subjects;
import org.cmmm.model.boundary.ModelCatalog;
import org.cmmm.model.boundary.ModelImport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Publishing model versions into MariaDB: once per version, never changed in place. */
@ExtendWith(ArquillianExtension.class)
class ModelImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.earWithTests(ModelImportIT.class);
    }

    @Inject
    ModelImport modelImport;

    @Inject
    ModelCatalog catalog;

    @Resource(lookup = "java:app/jdbc/cmmm")
    DataSource dataSource;

    @Test
    void theShippedModelsWereImportedAtStartUpWithAllTheirQuestionsAndTheLastIsCurrent() throws IOException {
        assertThat(catalog.current().version()).isEqualTo("CMMM-2020r2");
        assertThat(catalog.versions()).containsExactly("CMMM-2020", "CMMM-2020r2");
        for (String version : catalog.versions()) {
            assertThat(versionRows(version)).isEqualTo(1);
            assertThat(questionRows(version)).isEqualTo(catalog.find(version).orElseThrow().questions().size())
                    .isGreaterThanOrEqualTo(150);
        }

        ModelImport.Result again = Subjects.system(() -> modelImport.importIfNew(shippedModel()));
        assertThat(again.outcome()).isEqualTo(ModelImport.Outcome.ALREADY_PUBLISHED);
        // published versions are not warned about at every start again
        assertThat(again.warnings()).isEmpty();
        assertThat(versionRows("CMMM-2020")).isEqualTo(1);
    }

    @Test
    void aNewVersionImportedTwiceIsKeptOnce() throws IOException {
        String document = shippedModel().replaceFirst("\"version\": \"CMMM-2020\"", "\"version\": \"IT-TWICE\"");
        assertThat(document).contains("IT-TWICE");

        ModelImport.Result first = Subjects.system(() -> modelImport.importIfNew(document));
        assertThat(first.outcome()).isEqualTo(ModelImport.Outcome.IMPORTED);
        // the first version's weights break the weight-share rules: the operator is warned, the version still loads
        assertThat(first.warnings()).isNotEmpty().allSatisfy(warning -> assertThat(warning).startsWith("Weights: "));
        assertThat(Subjects.system(() -> modelImport.importIfNew(document)).outcome()).isEqualTo(ModelImport.Outcome.ALREADY_PUBLISHED);
        String secondVersion = shipped("CMMM-2020r2.json").replaceFirst("\"version\": \"CMMM-2020r2\"", "\"version\": \"IT-R2\"");
        assertThat(secondVersion).contains("IT-R2");
        assertThat(Subjects.system(() -> modelImport.importIfNew(secondVersion)).warnings()).isEmpty();

        assertThat(versionRows("IT-TWICE")).isEqualTo(1);
        assertThat(questionRows("IT-TWICE")).isEqualTo(questionRows("CMMM-2020"));
    }

    @Test
    void aPublishedVersionChangedInPlaceIsRefused() throws IOException {
        String original = shippedModel().replaceFirst("\"version\": \"CMMM-2020\"", "\"version\": \"IT-CHANGED\"");
        Subjects.system(() -> modelImport.importIfNew(original));
        String changed = original.replaceFirst("\"threshold\": \"0.8\"", "\"threshold\": \"0.7\"");
        assertThat(changed).isNotEqualTo(original);

        assertThatThrownBy(() -> Subjects.system(() -> modelImport.importIfNew(changed)))
                .hasStackTraceContaining("IT-CHANGED was changed after it was published");
        assertThat(versionRows("IT-CHANGED")).isEqualTo(1);
    }

    @Test
    void anInvalidModelIsRefusedWithItsFaultAndNothingIsStored() throws IOException {
        String invalid = shippedModel()
                .replaceFirst("\"version\": \"CMMM-2020\"", "\"version\": \"IT-INVALID\"")
                .replaceFirst("\"ORGANIZATION_STRATEGY\": \"1/8\"", "\"ORGANIZATION_STRATEGY\": \"1/4\"");

        assertThatThrownBy(() -> Subjects.system(() -> modelImport.importIfNew(invalid))).hasStackTraceContaining("sum to");
        assertThat(versionRows("IT-INVALID")).isZero();
    }

    private long versionRows(String version) {
        return count("select count(*) from model_version where version = ?", version);
    }

    private long questionRows(String version) {
        return count("select count(*) from model_question q join model_version v on v.id = q.model_version_id "
                + "where v.version = ?", version);
    }

    private long count(String sql, String version) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, version);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shippedModel() throws IOException {
        return shipped("CMMM-2020.json");
    }

    private static String shipped(String file) throws IOException {
        try (InputStream in = ModelImportIT.class.getClassLoader().getResourceAsStream("cmmm/model/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
