package org.cmmm.platform.boundary;



import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the schema with Flyway while the application deploys, before any other bean touches the
 * database: start-up singletons that need tables declare {@code @DependsOn("SchemaMigration")}, and
 * requests are only served once deployment (and so this migration) has finished. JPA schema generation
 * is off; the scripts in {@code db/migration} are the only source of the schema.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits each migration itself
@ExcludeDefaultInterceptors // it reads no tenant data; the health check calls it without a transaction
@Public
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/cmmm")
    DataSource dataSource;

    @Inject
    PlatformMode mode;

    @Inject
    @ConfigProperty(name = "cmmm.db.password")
    Optional<String> databasePassword;

    private Flyway flyway;

    @PostConstruct
    void migrate() {
        // first of all: a production start on the trial's published database password goes no further
        mode.refusePublished("cmmm.db.password", databasePassword.orElse(""), PlatformMode.PUBLISHED_DATABASE_PASSWORD);
        flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /**
     * True when the database answers and every migration this build carries has been applied: what the
     * readiness check reports.
     */
    public boolean isSchemaCurrent() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                return false;
            }
        } catch (SQLException e) {
            LOG.warning(() -> "Database unreachable: " + e.getMessage());
            return false;
        }
        var info = flyway.info();
        return info.pending().length == 0 && info.current() != null && !info.current().getState().isFailed();
    }
}
