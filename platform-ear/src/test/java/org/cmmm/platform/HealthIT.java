package org.cmmm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.cmmm.it.Http;
import org.cmmm.it.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** MicroProfile Health reports the platform ready once its database answers and is migrated. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @Test
    void readinessIsUpWithTheDatabaseCheck() {
        HttpResponse<String> response = Http.get("health/ready");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().replace(" ", ""))
                .contains("\"status\":\"UP\"")
                .contains("\"name\":\"database\"");
    }

    @Test
    void theAggregateHealthIsUp() {
        HttpResponse<String> response = Http.get("health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().replace(" ", "")).startsWith("{\"status\":\"UP\"");
    }
}
