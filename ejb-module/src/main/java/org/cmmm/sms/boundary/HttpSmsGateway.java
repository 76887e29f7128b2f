package org.cmmm.sms.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.cmmm.sms.control.MobileNumber;

/**
 * Sends through an SMS provider's HTTP API: {@code POST <url>} with a JSON body
 * {@code {"mobile", "template", "params": {"code", "minutes"}}} for a code, or
 * {@code {"mobile", "template", "params": {"userNames"}}} (the names joined by "、") for a user-name reminder,
 * each with its own template, and the configured credentials as HTTP basic authentication. A 2xx answer counts
 * as sent. Neither codes nor user names are logged here.
 */
public class HttpSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(HttpSmsGateway.class.getName());

    private final URI url;
    private final String template;
    private final String userNamesTemplate;
    private final String authorization;
    private final HttpClient client;

    public HttpSmsGateway(URI url, String template, String userNamesTemplate, String user, String password,
                          Duration timeout) {
        this.url = url;
        this.template = template;
        this.userNamesTemplate = userNamesTemplate;
        this.authorization = user == null || user.isBlank() ? null
                : "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public boolean sendCode(String mobile, String code, int validMinutes) {
        return post(mobile, template, Json.createObjectBuilder().add("code", code).add("minutes", validMinutes));
    }

    @Override
    public boolean sendUserNames(String mobile, List<String> userNames) {
        return post(mobile, userNamesTemplate, Json.createObjectBuilder().add("userNames", String.join("、", userNames)));
    }

    private boolean post(String mobile, String templateName, JsonObjectBuilder params) {
        String body = Json.createObjectBuilder()
                .add("mobile", mobile)
                .add("template", templateName)
                .add("params", params)
                .build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                LOG.warning(() -> "SMS provider refused a message to " + MobileNumber.mask(mobile) + ": HTTP " + status);
                return false;
            }
            return true;
        } catch (IOException e) {
            LOG.warning(() -> "SMS provider unreachable: " + e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
