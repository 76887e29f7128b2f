package org.cmmm.platform.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.inject.Named;
import org.cmmm.platform.boundary.SchemaMigration;

/**
 * The single step of job {@code platform-check}: fails when the database is unreachable or its schema is
 * behind this build. Operators run it after a migration; tests run it to prove that jobs reach the EJB
 * boundaries.
 */
@Named
public class SchemaCheckBatchlet extends AbstractBatchlet {

    @EJB
    SchemaMigration schema;

    @Override
    public String process() {
        if (!schema.isSchemaCurrent()) {
            throw new IllegalStateException("database unreachable or schema not current");
        }
        return "SCHEMA_CURRENT";
    }
}
