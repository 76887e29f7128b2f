package org.cmmm.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP calls against the platform under test, each checked for what it must never show ({@link Leaks}). */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Http() {
    }

    public static HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PlatformDeployment.baseUrl() + path))
                .timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.GET().build());
    }

    public static HttpResponse<String> postForm(String path, String form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PlatformDeployment.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /**
     * The script nonce of a Faces page (PrimeFaces' CSP mode, from the page's Content-Security-Policy), which a
     * postback of the page sends back as {@code primefaces.nonce}, as PrimeFaces' script does in a browser.
     */
    public static String scriptNonce(HttpResponse<String> page) {
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("'nonce-([^']+)'")
                .matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        return nonce.find() ? nonce.group(1) : "";
    }

    /** A request of any method without a body. */
    public static HttpResponse<String> send(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(PlatformDeployment.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());
    }

    /**
     * Sends a request with the marker header ({@link Leaks}) added, and fails when the answer shows the marker or the
     * session id the request sent.
     */
    private static HttpResponse<String> send(HttpRequest request) {
        HttpRequest marked = HttpRequest.newBuilder(request, (name, value) -> true).header(Leaks.HEADER, Leaks.MARKER).build();
        HttpResponse<String> response = sendAsIs(marked);
        Leaks.check(request.method() + " " + request.uri(), response.body(),
                Leaks.sessionId(request.headers().firstValue("Cookie").orElse(null)));
        return response;
    }

    private static HttpResponse<String> sendAsIs(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP " + request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
