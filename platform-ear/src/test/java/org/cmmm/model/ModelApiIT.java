package org.cmmm.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.cmmm.it.Http;
import org.cmmm.it.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The read-only JSON API of the model, as provincial systems call it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModelApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @Test
    void theCurrentModelHasFiveLevelsTwentySubDomainsAndItsQuestionsInBothLanguages() {
        HttpResponse<String> response = Http.get("api/v1/models/current");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        JsonObject model = parse(response.body());

        assertThat(model.getString("version")).isEqualTo("CMMM-2020r2");
        assertThat(model.getJsonArray("levels")).hasSize(5);
        // the current version says what each degree of satisfaction means
        assertThat(model.getJsonArray("answerOptions").getValuesAs(JsonObject.class)).hasSize(4).allSatisfy(option ->
                assertThat(option.getJsonObject("definition").getString("zh")).isNotBlank());
        assertThat(model.getJsonArray("levels").getJsonObject(2).getJsonObject("name").getString("zh")).isEqualTo("集成级");

        List<JsonObject> subDomains = subDomains(model);
        assertThat(subDomains).hasSize(20);
        assertThat(subDomains).allSatisfy(subDomain -> assertThat(subDomain.getString("code")).isNotBlank());

        List<JsonObject> questions = subDomains.stream()
                .flatMap(subDomain -> subDomain.getJsonArray("questions").getValuesAs(JsonObject.class).stream())
                .toList();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(150);
        assertThat(questions).allSatisfy(question -> {
            assertThat(question.getString("id")).isNotBlank();
            assertThat(question.getInt("level")).isBetween(1, 5);
            assertThat(question.getJsonObject("text").getString("en")).isNotBlank();
            assertThat(question.getJsonObject("text").getString("zh")).isNotBlank();
            assertThat(question.getJsonObject("explanation").getString("en")).isNotBlank();
        });
        assertThat(model.getInt("questionCount")).isEqualTo(questions.size());
    }

    @Test
    void aVersionCanBeAskedForByNameAndIsCacheable() {
        HttpResponse<String> response = Http.get("api/v1/models/CMMM-2020");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(parse(response.body()).getString("version")).isEqualTo("CMMM-2020");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("max-age"));
    }

    @Test
    void aClientThatHasTheDocumentGetsNotModifiedWithoutTheBody() {
        HttpResponse<String> first = Http.get("api/v1/models/CMMM-2020");
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(tag).as("a weak tag (the server may gzip the document): its digest").matches("W/\"[0-9a-f]{32}\"");
        HttpResponse<String> again = Http.get("api/v1/models/CMMM-2020", "If-None-Match", tag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(tag);
        assertThat(Http.get("api/v1/models/CMMM-2020", "If-None-Match", tag.substring(2)).statusCode())
                .as("If-None-Match compares weakly: the tag without W/ is the same").isEqualTo(304);
        assertThat(Http.get("api/v1/models/CMMM-2020", "If-None-Match", "\"0123456789abcdef0123456789abcdef\"").statusCode())
                .as("another tag gets the document").isEqualTo(200);
        HttpResponse<String> current = Http.get("api/v1/models/current");
        assertThat(current.headers().firstValue("ETag")).as("another version, another tag").isPresent()
                .hasValueSatisfying(other -> assertThat(other).isNotEqualTo(tag));
        assertThat(Http.get("api/v1/models/current", "If-None-Match", current.headers().firstValue("ETag").orElseThrow())
                .statusCode()).isEqualTo(304);
    }

    @Test
    void theTailorableDomainsAreMarked() {
        JsonObject model = parse(Http.get("api/v1/models/current").body());
        List<String> tailorable = model.getJsonArray("elements").getValuesAs(JsonObject.class).stream()
                .flatMap(element -> element.getJsonArray("domains").getValuesAs(JsonObject.class).stream())
                .filter(domain -> domain.getBoolean("tailorable"))
                .map(domain -> domain.getString("code"))
                .toList();
        assertThat(tailorable).containsExactlyInAnyOrder("DESIGN", "LOGISTICS", "SALES", "SERVICE");
    }

    @Test
    void anUnknownVersionIsNotFound() {
        HttpResponse<String> response = Http.get("api/v1/models/NO-SUCH-VERSION");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(parse(response.body()).getString("version")).isEqualTo("NO-SUCH-VERSION");
    }

    @Test
    void theVersionListNamesTheCurrentVersion() {
        JsonObject versions = parse(Http.get("api/v1/models").body());
        assertThat(versions.getString("current")).isEqualTo("CMMM-2020r2");
        assertThat(versions.getJsonArray("versions").getValuesAs(JsonValue::toString))
                .containsExactlyInAnyOrder("\"CMMM-2020\"", "\"CMMM-2020r2\"");
    }

    private static List<JsonObject> subDomains(JsonObject model) {
        return model.getJsonArray("elements").getValuesAs(JsonObject.class).stream()
                .flatMap(element -> element.getJsonArray("domains").getValuesAs(JsonObject.class).stream())
                .flatMap(domain -> domain.getJsonArray("subDomains").getValuesAs(JsonObject.class).stream())
                .toList();
    }

    private static JsonObject parse(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
