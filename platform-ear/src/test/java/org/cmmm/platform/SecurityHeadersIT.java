package org.cmmm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cmmm.it.Browser;
import org.cmmm.it.Http;
import org.cmmm.it.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every response carries the security headers, among them one Content-Security-Policy that lets a page run only
 * its own scripts; a form post from another site is refused (issue 11, hole 8).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'");

    @RegisterExtension
    static Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @Test
    void pagesAndErrorsCarryTheSecurityHeaders() {
        for (String path : new String[] {"", "account/login.xhtml", "no/such/thing"}) {
            HttpResponse<String> response = Http.get(path);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path).hasValueSatisfying(
                    policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
            assertThat(response.headers().allValues("Content-Security-Policy")).as(path).singleElement().satisfies(
                    policy -> assertThat(policy).contains("frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'",
                            "object-src 'none'", "script-src 'self'"));
            assertThat(response.headers().allValues("Vary")).as(path + ": the server may have gzipped it")
                    .anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
            assertThat(response.headers().firstValue("X-Powered-By")).as(path).isEmpty();
            assertThat(response.headers().firstValue("Server").orElse("")).as(path).doesNotContain("Payara").doesNotContain("Java");
        }
    }

    @Test
    void aPageRunsOnlyScriptsOfThisSiteAndThoseCarryingItsNonce() {
        for (String path : new String[] {"", "account/login.xhtml", "account/register.xhtml", "model/overview.xhtml", "no-such-page.xhtml"}) {
            HttpResponse<String> response = Http.get(path);
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            assertThat(policies).as(path + ": one policy, PrimeFaces' script-src merged into ours").hasSize(1);
            String policy = policies.get(0);
            assertThat(policy.split("script-src", -1)).as(path + ": one script-src").hasSize(2);
            String scriptSources = policy.substring(policy.indexOf("script-src")).split(";")[0];
            assertThat(scriptSources).as(path).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(policy).as(path + ": nothing loaded from elsewhere").contains("default-src 'self'", "img-src 'self' data:",
                    "connect-src 'self'", "style-src-elem 'self'").doesNotContain("unsafe-eval");
            String nonce = nonceOf(policy);

            String html = response.body();
            List<String> scripts = Pattern.compile("<script\\b[^>]*>").matcher(html).results().map(m -> m.group()).toList();
            assertThat(scripts).as(path + ": PrimeFaces' scripts at least").isNotEmpty()
                    .allSatisfy(script -> assertThat(script).as(path).contains("nonce=\"" + nonce + "\""));
            String markup = html.replaceAll("(?s)<script\\b.*?</script>", "");
            assertThat(Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(markup).results().map(m -> m.group()).toList())
                    .as(path + ": no inline event handler (PrimeFaces moves them into its nonce'd script)").isEmpty();
        }
    }

    @Test
    void everyPageGetsANewNonce() {
        String first = nonceOf(Http.get("account/login.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow());
        String second = nonceOf(Http.get("account/login.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void pagesAreNeverStoredTheirResourcesAre() {
        assertThat(Http.get("account/login.xhtml").headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(Http.get("").headers().firstValue("Cache-Control")).hasValue("no-store");
        HttpResponse<String> stylesheet = Http.get("jakarta.faces.resource/css/platform.css.xhtml");
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
    }

    @Test
    void aResponseThatIsNoPageAllowsScriptsOfThisSiteOnly() {
        HttpResponse<String> response = Http.get("api/v1/models/current");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Content-Security-Policy")).singleElement()
                .isEqualTo("default-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                        + "style-src 'self' 'unsafe-inline'; style-src-elem 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='; style-src-attr 'unsafe-inline'; "
                        + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'; script-src 'self'");
    }

    @Test
    void theBrowserRunsThePagesScriptsAndRefusesAnInjectedOne() {
        browser.open("account/login.xhtml?lang=zh_CN");
        browser.waitFor(By.id("login:userName"));
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        assertThat(page.executeScript("return typeof PrimeFaces === 'object' && PrimeFaces.csp.NONCE_VALUE.length > 0"))
                .as("PrimeFaces ran and knows the nonce").isEqualTo(true);
        assertThat(browser.cspViolations()).as("nothing of the page refused").isEmpty();

        // as injected markup would: an inline script without the nonce
        page.executeScript("var s = document.createElement('script'); s.textContent = 'window.injected = true;'; document.body.appendChild(s);");
        assertThat(page.executeScript("return window.injected === true")).as("the injected script ran").isEqualTo(false);
        assertThat(browser.cspViolations()).as("the refusal the check after every browser test looks for").isNotEmpty();
    }

    @Test
    void anErrorPageRunsWithoutRefusals() {
        browser.open("no-such-page.xhtml");
        browser.waitFor(By.id("error-title"));
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return typeof PrimeFaces === 'object'")).isEqualTo(true);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        String cookie = Http.get("account/login.xhtml").headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void readingThePublicPagesWithoutAFormCreatesNoSession() {
        for (String path : List.of("", "index.xhtml", "model/overview.xhtml", "model/questionnaire.xhtml", "no-such-page.xhtml",
                "no/such/thing", "api/v1/models", "health")) {
            var response = Http.get(path, "Cookie", "cmmm_lang=zh_CN");
            assertThat(response.statusCode()).as(path).isLessThan(500);
            assertThat(response.headers().allValues("Set-Cookie")).as("cookies of %s", path)
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
        }
    }

    @Test
    void aPostFromAnotherSiteIsRefusedAndOneFromThisSiteIsNot() throws Exception {
        assertThat(post("http://evil.example", null).statusCode()).isEqualTo(403);
        assertThat(post(null, "http://evil.example/page.html").statusCode()).isEqualTo(403);
        assertThat(post("null", null).statusCode()).isEqualTo(403);
        assertThat(post("http://localhost:" + System.getProperty("it.http.port", "28080"), null).statusCode()).isNotEqualTo(403);
        assertThat(post(null, null).statusCode()).as("no Origin and no Referer: left to the view state").isNotEqualTo(403);
    }

    @Test
    void aFormPostedWithoutCharsetIsReadAsUtf8() throws Exception {
        // the login form echoes the user name it was sent; without a charset it must still read as UTF-8
        HttpResponse<String> login = Http.get("account/login.xhtml?lang=zh_CN");
        String viewState = login.body().replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");
        String session = login.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow().split(";")[0];
        // PrimeFaces' script puts the page's nonce in every form; a post without it is refused
        String nonce = nonceOf(login.headers().firstValue("Content-Security-Policy").orElseThrow());
        String form = "login=login&login%3AuserName=" + java.net.URLEncoder.encode("张三企业", StandardCharsets.UTF_8)
                + "&login%3Apassword=Wrong%232026&login%3Asubmit=&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(viewState, StandardCharsets.UTF_8)
                + "&primefaces.nonce=" + java.net.URLEncoder.encode(nonce, StandardCharsets.UTF_8);
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(PlatformDeployment.baseUrl() + "account/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.body()).contains("value=\"张三企业\"");
    }

    private static String nonceOf(String policy) {
        Matcher nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).as("a nonce in " + policy).isTrue();
        return nonce.group(1);
    }

    private static HttpResponse<String> post(String origin, String referer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PlatformDeployment.baseUrl() + "index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (referer != null) {
            request.header("Referer", referer);
        }
        return CLIENT.send(request.POST(HttpRequest.BodyPublishers.ofString("x=1")).build(), HttpResponse.BodyHandlers.ofString());
    }
}
