package org.cmmm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Properties;
import org.cmmm.it.BatchRuns;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.Subjects;
import org.cmmm.platform.batch.BatchJobs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Jakarta Batch jobs of batch-module run in the server and reach the EJB boundaries of ejb-module. */
@ExtendWith(ArquillianExtension.class)
class PlatformCheckJobIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.earWithTests(PlatformCheckJobIT.class);
    }

    @Inject
    BatchJobs jobs;

    @Test
    void thePlatformCheckJobCompletesWhenTheSchemaIsCurrent() throws InterruptedException {
        long execution = Subjects.system(() -> jobs.start("platform-check", new Properties()));
        assertThat(BatchRuns.awaitEnd(jobs, execution, Duration.ofMinutes(1))).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Subjects.system(() -> jobs.exitStatus(execution))).isEqualTo("SCHEMA_CURRENT");
    }
}
