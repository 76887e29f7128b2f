package org.cmmm.platform.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cmmm.platform.boundary.SchemaMigration;

/**
 * The single step of job {@code platform-check}: fails when the database is unreachable or its schema is
 * behind this build, and otherwise ends the job with exit status {@value #SCHEMA_CURRENT}. Operators run it
 * after a migration; tests run it to prove that jobs reach the EJB boundaries.
 */
@Named
@Dependent // @Named alone is not bean-defining in an "annotated" bean archive
public class SchemaCheckBatchlet extends AbstractBatchlet {

    static final String SCHEMA_CURRENT = "SCHEMA_CURRENT";

    @EJB
    SchemaMigration schema;

    @Inject
    JobContext job;

    @Override
    public String process() {
        if (!schema.isSchemaCurrent()) {
            throw new IllegalStateException("database unreachable or schema not current");
        }
        job.setExitStatus(SCHEMA_CURRENT);
        return SCHEMA_CURRENT;
    }
}
