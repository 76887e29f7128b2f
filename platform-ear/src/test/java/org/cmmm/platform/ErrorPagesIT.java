package org.cmmm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cmmm.it.Http;
import org.cmmm.it.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Error pages are localized and never show a stack trace. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorPagesIT {

    /** A page of the test deployment only, whose expression throws while rendering. */
    private static final String FAILING_PAGE = """
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html">
            <h:body>#{'abc'.substring(5)}</h:body>
            </html>
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        // under /error/, which shiro.ini opens to everyone (any other new path is closed by the last rule)
        return PlatformDeployment.earWithPage("error/it-fail.xhtml", new StringAsset(FAILING_PAGE));
    }

    @Test
    void otherMethodsAndMalformedRequestsGetThePlatformsPageNeverTheServersWithItsVersion() throws Exception {
        int tried = 0;
        for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND")) {
            for (String path : List.of("", "index.xhtml", "account/login.xhtml", "api/v1/models/current", "no-such-page")) {
                HttpResponse<String> response = Http.send(method, path);
                assertThat(response.statusCode()).as("%s /%s", method, path).isBetween(400, 499);
                assertNoServerNameOrVersion(method + " /" + path, response.body(), response.headers().map().toString());
                tried++;
            }
        }
        for (String requestLine : List.of("GET /%zz HTTP/1.1", "GET /index.xhtml?x=%ff%fe%00 HTTP/1.1", "GET /../../etc/passwd HTTP/1.1",
                "BREW /index.xhtml HTTP/1.1", "GET /" + "a".repeat(4_000) + " HTTP/1.1")) {
            String response = raw(requestLine);
            // (the server's connector answers some of these itself, e.g. an empty 200 to an undecodable path: no page, no name)
            assertThat(response).as(requestLine).matches("(?s)HTTP/1\\.1 [1-4]\\d\\d .*");
            assertNoServerNameOrVersion(requestLine, response, "");
            tried++;
        }
        assertThat(tried).isEqualTo(35);
    }

    private static void assertNoServerNameOrVersion(String what, String body, String headers) {
        for (String text : List.of(body, headers)) {
            assertThat(text).as(what).doesNotContain("Payara").doesNotContain("GlassFish").doesNotContain("Grizzly")
                    .doesNotContainPattern("Java\\(TM\\)|OpenJDK|JDK 1?\\d");
        }
        assertNoStackTrace(body);
    }

    /** Sends a request line as typed, through a plain socket (an HTTP client would refuse to send a malformed one). */
    private static String raw(String requestLine) throws Exception {
        try (Socket socket = new Socket("localhost", Integer.getInteger("it.http.port", 28080))) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anUnknownPageAnswers404InChinese() {
        HttpResponse<String> response = Http.get("no-such-page.xhtml");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("页面不存在");
        assertNoStackTrace(response.body());
    }

    @Test
    void anUnknownPageAnswers404InEnglishOnceEnglishIsChosen() {
        HttpResponse<String> response = Http.get("no-such-page.xhtml", "Cookie", "cmmm_lang=en");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found");
    }

    @Test
    void aPathOutsideFacesAlsoGetsTheLocalized404() {
        HttpResponse<String> response = Http.get("no/such/thing");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("页面不存在");
    }

    @Test
    void aFileNoUrlRuleOpensIsNotFoundForEveryone() {
        // the stylesheet exists in the WAR, but only through the Faces resource URL that a rule opens
        assertThat(Http.get("jakarta.faces.resource/css/platform.css.xhtml").statusCode()).isEqualTo(200);
        HttpResponse<String> response = Http.get("resources/css/platform.css");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("页面不存在");
    }

    @Test
    void aFailureWhileRenderingShowsTheLocalized500WithoutStackTrace() {
        HttpResponse<String> response = Http.get("error/it-fail.xhtml");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("系统繁忙").doesNotContain("StringIndexOutOfBounds");
        assertNoStackTrace(response.body());
    }

    @Test
    void aPostToAnExpiredViewShowsTheExpiredPage() {
        HttpResponse<String> response = Http.postForm("index.xhtml", "jakarta.faces.ViewState=expired-or-forged&x=1");
        assertThat(response.statusCode()).as("a forged or expired view is the client's fault, not a 500").isEqualTo(400);
        assertThat(response.body()).contains("页面已过期");
        assertNoStackTrace(response.body());
    }

    @Test
    void aPostWithoutTheScriptNonceOfItsPageShowsTheExpiredPage() {
        // a live view, posted as a client that runs no script would (PrimeFaces' script puts the nonce in the form)
        HttpResponse<String> login = Http.get("account/login.xhtml");
        String viewState = login.body().replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");
        String session = login.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow().split(";")[0];
        HttpResponse<String> response = Http.postForm("account/login.xhtml",
                "login=login&jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8), "Cookie", session);
        assertThat(response.statusCode()).as("refused like a forged view, not a 500").isEqualTo(400);
        assertThat(response.body()).contains("页面已过期");
        assertNoStackTrace(response.body());
    }

    /**
     * No frame of a stack trace and no exception message. (Exception class names do appear in the
     * PrimeFaces settings script, which maps them to our error pages, so they are not looked for.)
     */
    private static void assertNoStackTrace(String body) {
        assertThat(body)
                .doesNotContain("Caused by")
                .doesNotContain("at org.")
                .doesNotContain("at java.")
                .doesNotContain("at jakarta.")
                .doesNotContain("length 3")
                .doesNotContainIgnoringCase("stack trace");
    }
}
