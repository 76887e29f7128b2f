package org.cmmm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    private static final String OURS = "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

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
