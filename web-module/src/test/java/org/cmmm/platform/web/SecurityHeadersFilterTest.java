package org.cmmm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    private static final String OURS = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; style-src-elem 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='; style-src-attr 'unsafe-inline'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /** The headers a response was given, in order (setHeader replaces, addHeader appends). */
    private final List<String[]> headers = new ArrayList<>();

    @Test
    void aResponseThatIsNoPageAllowsScriptsOfThisSiteOnly() {
        assertThat(SecurityHeadersFilter.policy(SecurityHeadersFilter.DEFAULT_SCRIPTS))
                .isEqualTo(OURS + "; script-src 'self'");
    }

    @Test
    void primeFacesScriptPolicyTakesThePlaceOfTheDefaultInTheOneHeader() {
        HttpServletResponse response = new SecurityHeadersFilter.OnePolicy(recording());
        response.setHeader("Content-Security-Policy", "script-src 'self'");
        // what PrimeFaces' CSP mode sends: ExternalContext.addResponseHeader
        response.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-YWJj';");

        assertThat(headers).hasSize(2).allSatisfy(header -> assertThat(header[0]).isEqualTo("set"));
        assertThat(headers.get(1)[2]).isEqualTo(OURS + "; script-src 'self' 'nonce-YWJj'");
    }

    @Test
    void otherHeadersPassAsTheyAre() {
        HttpServletResponse response = new SecurityHeadersFilter.OnePolicy(recording());
        response.addHeader("Set-Cookie", "a=b");
        response.setHeader("X-Frame-Options", "DENY");

        assertThat(headers).containsExactly(new String[] {"add", "Set-Cookie", "a=b"}, new String[] {"set", "X-Frame-Options", "DENY"});
    }

    @Test
    void anErrorPageSeesAWholePageOfItsOwnNotThePostbackOrAjaxRequestThatFailed() {
        java.util.Map<String, String[]> posted = new java.util.LinkedHashMap<>();
        posted.put("jakarta.faces.ViewState", new String[] {"forged"});
        posted.put("jakarta.faces.partial.ajax", new String[] {"true"});
        posted.put("jakarta.faces.partial.render", new String[] {"form"});
        posted.put("login:userName", new String[] {"x"});
        java.util.Map<String, String> headers = java.util.Map.of("Faces-Request", "partial/ajax", "Accept", "*/*");
        jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {jakarta.servlet.http.HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getParameterMap" -> posted;
                    case "getParameter" -> posted.containsKey(args[0]) ? posted.get(args[0])[0] : null;
                    case "getParameterValues" -> posted.get(args[0]);
                    case "getHeader" -> headers.get(args[0]);
                    case "getHeaders" -> java.util.Collections.enumeration(headers.containsKey(args[0]) ? List.of(headers.get(args[0])) : List.of());
                    case "getHeaderNames" -> java.util.Collections.enumeration(headers.keySet());
                    default -> throw new UnsupportedOperationException(method.getName());
                });

        SecurityHeadersFilter.FreshPage page = new SecurityHeadersFilter.FreshPage(request);

        assertThat(page.getParameterMap()).containsOnlyKeys("login:userName");
        assertThat(page.getParameter("jakarta.faces.ViewState")).isNull();
        assertThat(page.getParameter("jakarta.faces.partial.ajax")).isNull();
        assertThat(page.getParameter("login:userName")).isEqualTo("x");
        assertThat(page.getHeader("Faces-Request")).isNull();
        assertThat(java.util.Collections.list(page.getHeaderNames())).containsExactly("Accept");
    }

    private HttpServletResponse recording() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader" -> headers.add(new String[] {"set", (String) args[0], (String) args[1]});
                        case "addHeader" -> headers.add(new String[] {"add", (String) args[0], (String) args[1]});
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
    }
}
