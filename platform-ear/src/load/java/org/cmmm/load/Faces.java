package org.cmmm.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests of a Faces page as a browser with PrimeFaces sends them: a page is opened with a GET that keeps its
 * view state and script nonce; a control posts a partial (ajax) request with both, as PrimeFaces does.
 */
final class Faces {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private Faces() {
    }

    /** Opens a page, keeping what its ajax requests must send back. */
    static HttpRequestActionBuilder open(String name, String path) {
        return keepState(http(name).get(path));
    }

    /** Opens a page whose address the session gives (a link read from an earlier answer). */
    static HttpRequestActionBuilder open(String name, java.util.function.Function<io.gatling.javaapi.core.Session, String> path) {
        return keepState(http(name).get(path));
    }

    private static HttpRequestActionBuilder keepState(HttpRequestActionBuilder request) {
        return request.check(status().is(200),
                regex("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").saveAs("viewState"),
                header("Content-Security-Policy").transform(Faces::nonce).saveAs("nonce"));
    }

    /**
     * A partial request of a control ({@code source}) of a form, processing {@code execute} (the control, or the
     * form for a submit) and rendering {@code render}; an error, a refusal or an error page in the answer fails it.
     */
    static HttpRequestActionBuilder ajax(String name, String path, String form, String source, String execute, String render) {
        return http(name).post(path)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", execute)
                .formParam("jakarta.faces.partial.render", render)
                .formParam(form, form)
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .check(status().is(200),
                        // what the page said when it refused, kept for Faces.printRefusal (before the check that fails)
                        regex("ui-messages-error-(?:summary|detail)\">([^<]*)").optional().saveAs("refusal"),
                        refusedNot("<error"), refusedNot("ui-messages-error"), refusedNot("jakarta.faces.ViewRoot"));
    }

    /**
     * Signs in as {@code #{user}} with the generated password, as the sign-in page does (its ajax submit, then the
     * page it redirects to); {@code home} is where the account's role lands.
     */
    static ChainBuilder signIn(String home) {
        return exec(open("sign-in page", "/account/login.xhtml"))
                .exec(ajax("sign in", "/account/login.xhtml", "login", "login:submit", "login", "login")
                        .formParam("login:userName", "#{user}")
                        .formParam("login:password", GeneratedUsers.PASSWORD)
                        .formParam("login:submit", "login:submit")
                        .check(substring("<redirect url=\"" + home).exists()));
    }

    /** Prints what the last request's page refused with, if it did, so that the report's failures can be read. */
    static io.gatling.javaapi.core.Session printRefusal(io.gatling.javaapi.core.Session session) {
        if (!session.contains("refusal")) {
            return session;
        }
        System.out.println("refused for " + session.getString("user") + ": " + session.getString("refusal"));
        return session.remove("refusal");
    }

    /** HTTP as a browser on loopback sends it: Chinese first, compressed answers accepted. */
    static HttpProtocolBuilder protocol() {
        return http.baseUrl(System.getProperty("load.baseUrl", "http://localhost:8080"))
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("zh-CN,zh;q=0.9")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Gatling (CMMM load test)");
    }

    private static CheckBuilder refusedNot(String text) {
        return substring(text).notExists();
    }

    private static String nonce(String policy) {
        Matcher nonce = NONCE.matcher(policy);
        return nonce.find() ? nonce.group(1) : "";
    }
}
