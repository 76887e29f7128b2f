package org.cmmm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
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
    void readinessIsUpWithExactlyTheDatabaseCheckUp() {
        HttpResponse<String> response = Http.get("health/ready");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = json(response.body());
        assertThat(health.getString("status")).isEqualTo("UP");
        JsonArray checks = health.getJsonArray("checks");
        assertThat(checks.getValuesAs(JsonObject.class))
                .extracting(check -> check.getString("name") + "=" + check.getString("status"))
                .containsExactly("database=UP");
    }

    @Test
    void theAggregateHealthIsUpAndContainsTheDatabaseCheck() {
        HttpResponse<String> response = Http.get("health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = json(response.body());
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(check -> check.getString("name") + "=" + check.getString("status"))
                .contains("database=UP")
                .allMatch(check -> check.endsWith("=UP"));
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
