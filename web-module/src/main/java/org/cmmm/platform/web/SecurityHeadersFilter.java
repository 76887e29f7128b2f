package org.cmmm.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * What every response of the platform carries, and what every request must be, before anything else reads it
 * (first in web.xml, ahead of the security filter):
 * <ul>
 * <li>a request body without a charset is read as UTF-8 — set before any parameter is read, so a form posted
 * without a charset is not stored as mojibake;</li>
 * <li>headers that keep browsers from sniffing types, framing the pages, leaking the full URL to other sites or
 * offering camera, microphone and location to them, and HSTS when the request came over TLS;</li>
 * <li>a state-changing request (POST, PUT, PATCH, DELETE) from another site is refused with 403: when the browser
 * names an Origin (or else a Referer), its host must be this site's. The view state stays the second defence;</li>
 * <li>a method the platform does not serve (PUT, DELETE, TRACE, WebDAV's …) is 405 with the platform's page: the
 * Faces servlet would otherwise render a page for any method.</li>
 * </ul>
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> SERVED = Set.of("GET", "HEAD", "POST");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8");
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        // scripts are not restricted yet: PrimeFaces' inline handlers need its CSP mode first
        response.setHeader("Content-Security-Policy",
                "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!SERVED.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (STATE_CHANGING.contains(request.getMethod()) && !fromThisSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the Origin (or, without one, the Referer) the browser sent is this site; none sent passes. */
    static boolean fromThisSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String source = origin != null ? origin : request.getHeader("Referer");
        if (source == null) {
            return true;
        }
        try {
            URI uri = URI.create(source.strip());
            // the host only: behind a TLS proxy the port the browser saw is not the one the server listens on
            return uri.getHost() != null && uri.getHost().equalsIgnoreCase(request.getServerName());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
