package org.cmmm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.cmmm.it.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Text goes out gzip-compressed to a client that accepts it, and unchanged to one that does not
 * (config/bin/http-protocol, which the test domain shares with production); formats that are compressed already
 * are not compressed again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompressionIT {

    /**
     * HTTP/1.1, as a browser speaks to a server without TLS. (Java's client would otherwise ask for an upgrade to
     * HTTP/2, which Payara grants and then compresses nothing: a TLS proxy in front, speaking HTTP/2 to browsers,
     * compresses by its own settings; see README, "HTTP compression".)
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @Test
    void aPageIsCompressedForABrowserAndTheSameForAClientWithoutGzip() {
        HttpResponse<byte[]> plain = get("account/login.xhtml");
        HttpResponse<byte[]> gzipped = get("account/login.xhtml", "Accept-Encoding", "gzip, deflate, br");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).as("a client that does not ask gets no gzip").isEmpty();
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().allValues("Vary")).as("a cache must keep the two apart")
                .anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        String page = gunzip(gzipped.body());
        assertThat(page).contains("<html").contains("</html>");
        // the nonce and the view state differ between two requests; the page's length hardly does
        assertThat(page.length()).isBetween(text(plain.body()).length() - 200, text(plain.body()).length() + 200);
        assertThat(gzipped.body().length).as("the login page, compressed").isLessThan(plain.body().length / 3);
    }

    @Test
    void scriptsStyleSheetsAndTheModelApiAreCompressed() {
        String page = text(get("account/login.xhtml").body());
        for (String path : new String[] {resource(page, "<script[^>]+src=\"([^\"]+\\.js[^\"]*)\""),
                resource(page, "<link[^>]+href=\"([^\"]+\\.css[^\"]*)\""), "api/v1/models/current"}) {
            HttpResponse<byte[]> plain = get(path);
            HttpResponse<byte[]> gzipped = get(path, "Accept-Encoding", "gzip");
            assertThat(gzipped.statusCode()).as(path).isEqualTo(200);
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(gunzip(gzipped.body())).as(path + ": the same content").isEqualTo(text(plain.body()));
            assertThat(gzipped.body().length).as(path).isLessThan(plain.body().length);
        }
    }

    @Test
    void theModelApisValidatorStillAnswers304ToAClientThatTookTheCompressedDocument() {
        HttpResponse<byte[]> first = get("api/v1/models/current", "Accept-Encoding", "gzip");
        assertThat(first.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(first.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(tag).as("weak: the gzipped and the plain document are the same document, not the same bytes").startsWith("W/\"");

        HttpResponse<byte[]> again = get("api/v1/models/current", "Accept-Encoding", "gzip", "If-None-Match", tag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        // a client without gzip that has the same tag has the same document: the tag names the JSON, not its coding
        assertThat(get("api/v1/models/current", "If-None-Match", tag).statusCode()).isEqualTo(304);
    }

    @Test
    void aFontOrImageIsNotCompressedAgain() {
        String page = text(get("account/login.xhtml").body());
        // the style sheets name their fonts and images as Faces resources, written out as URLs
        Pattern binary = Pattern.compile("url\\([\"']?([^\"')]+\\.(?:woff2|woff|ttf|png|gif)[^\"')]*)");
        String found = null;
        for (MatchResult link : Pattern.compile("<link[^>]+href=\"([^\"]+\\.css[^\"]*)\"").matcher(page).results().toList()) {
            Matcher named = binary.matcher(text(get(relative(link.group(1))).body()));
            if (named.find()) {
                found = named.group(1);
                break;
            }
        }
        assertThat(found).as("a style sheet of the login page names a font or image").isNotNull();
        HttpResponse<byte[]> gzipped = get(relative(found), "Accept-Encoding", "gzip");
        assertThat(gzipped.statusCode()).as(found).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).as(found).isEmpty();
    }

    /** The path, below the application's root, of the first resource the pattern finds in a page. */
    private static String resource(String page, String pattern) {
        Matcher found = Pattern.compile(pattern).matcher(page);
        assertThat(found.find()).as(pattern).isTrue();
        return relative(found.group(1));
    }

    /** A URL as a page or style sheet names it, from the server's root (where the platform is), as a path below it. */
    private static String relative(String url) {
        String path = url.replace("&amp;", "&");
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PlatformDeployment.baseUrl() + path))
                .timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("not gzip", e);
        }
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
