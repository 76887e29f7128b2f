package org.cmmm.enterprise.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Asks a business-registry service over HTTP: {@code GET <url>?uscc=…&name=…} with an optional bearer token,
 * answering {@code {"match": true|false}}. Any other answer, a timeout or an error status is UNAVAILABLE: the
 * registry being down must not stop registration.
 */
public class HttpEnterpriseRegistry implements EnterpriseRegistry {

    private static final Logger LOG = Logger.getLogger(HttpEnterpriseRegistry.class.getName());

    private final URI url;
    private final String token;
    private final HttpClient client;

    public HttpEnterpriseRegistry(URI url, String token, Duration timeout) {
        this.url = url;
        this.token = token;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public Verdict check(String enterpriseName, String uscc) {
        URI query = URI.create(url + (url.getQuery() == null ? "?" : "&") + "uscc=" + encode(uscc) + "&name=" + encode(enterpriseName));
        HttpRequest.Builder request = HttpRequest.newBuilder(query).timeout(Duration.ofSeconds(10)).GET();
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warning(() -> "Business registry answered " + response.statusCode());
                return Verdict.UNAVAILABLE;
            }
            JsonObject answer = Json.createReader(new StringReader(response.body())).readObject();
            return answer.containsKey("match") ? (answer.getBoolean("match") ? Verdict.MATCH : Verdict.MISMATCH)
                    : Verdict.UNAVAILABLE;
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Business registry unavailable: " + e);
            return Verdict.UNAVAILABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Verdict.UNAVAILABLE;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
