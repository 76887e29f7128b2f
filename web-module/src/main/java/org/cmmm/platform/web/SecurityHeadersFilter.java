package org.cmmm.platform.web;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every response of the platform carries, and what every request must be, before anything else reads it
 * (first in web.xml, ahead of the security filter):
 * <ul>
 * <li>a request body without a charset is read as UTF-8 — set before any parameter is read, so a form posted
 * without a charset is not stored as mojibake;</li>
 * <li>headers that keep browsers from sniffing types, framing the pages, leaking the full URL to other sites or
 * offering camera, microphone and location to them, and HSTS when the request came over TLS;</li>
 * <li>one Content-Security-Policy: no framing, no {@code <base>} elsewhere, forms post only here, no plug-ins, and
 * scripts, images, fonts, style sheets and connections only from this site. On a Faces page PrimeFaces' CSP mode ({@code primefaces.CSP} in web.xml) makes a
 * nonce per view, writes it on every script element it renders, moves every inline handler ({@code onclick},
 * {@code oncomplete} …) into such a script, and sends {@code script-src 'self' 'nonce-…'} as a header of its own;
 * so the policy needs neither {@code 'unsafe-inline'} nor {@code 'unsafe-eval'}. A browser would enforce two
 * headers side by side (a script runs only if both allow it, so ours, which says nothing of scripts there, would
 * not get in the way), but the policy of a page would then be read from two places: the response is wrapped so
 * that PrimeFaces' script-src replaces our default {@code script-src 'self'} in the one header ({@link #POLICY}
 * says what else is allowed and why);</li>
 * <li>{@code Vary: Accept-Encoding}: the server gzips text for a client that accepts it (config/bin/http-protocol)
 * and says nothing of it itself, so a shared cache must be told not to hand the compressed copy to a client that
 * did not ask for gzip;</li>
 * <li>a state-changing request (POST, PUT, PATCH, DELETE) from another site is refused with 403: when the browser
 * names an Origin (or else a Referer), its host must be this site's. The view state stays the second defence;</li>
 * <li>a method the platform does not serve (PUT, DELETE, TRACE, WebDAV's …) is 405 with the platform's page: the
 * Faces servlet would otherwise render a page for any method.</li>
 * </ul>
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> SERVED = Set.of("GET", "HEAD", "POST");

    static final String CSP = "Content-Security-Policy";

    /**
     * The hash of an empty style element, which jQuery inserts while PrimeFaces updates parts of a page: allowed, as
     * it holds no style at all; any other inline style element is refused.
     */
    static final String EMPTY_STYLE = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    /**
     * Every directive but the script sources, which are {@link #DEFAULT_SCRIPTS} or the ones PrimeFaces sends. Nothing
     * is loaded from another site (a name smuggled into markup cannot fetch {@code //evil.example/p.gif}); images may be
     * {@code data:} URIs (the theme's icons); style elements only from this site's style sheets (and empty ones,
     * {@link #EMPTY_STYLE}), style attributes
     * inline (PrimeFaces' widgets write them; a style attribute runs no script and, with nothing loadable from
     * elsewhere, sends nothing away). {@code style-src} is the same for a browser that knows no
     * {@code style-src-elem}/{@code -attr}.
     */
    static final String POLICY = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; style-src-elem 'self' '" + EMPTY_STYLE + "'; style-src-attr 'unsafe-inline'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /** Scripts of a response that is no Faces page (an error of the container, a resource, the JSON API). */
    static final String DEFAULT_SCRIPTS = "script-src 'self'";

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
        response.setHeader(CSP, policy(DEFAULT_SCRIPTS));
        response.setHeader("Vary", "Accept-Encoding");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (isPage(request)) {
            // a page is what the platform knows now, for this user: never kept by a shared computer's browser, and
            // Back asks again (an answering page whose level was submitted since must not come back as it was)
            response.setHeader("Cache-Control", "no-store");
        }
        // an error page passes here too (for its own script-src); it only shows the request that failed, refused or not
        boolean fromTheClient = request.getDispatcherType() == DispatcherType.REQUEST;
        if (fromTheClient && !SERVED.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (fromTheClient && STATE_CHANGING.contains(request.getMethod()) && !fromThisSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean errorPage = request.getDispatcherType() == DispatcherType.ERROR;
        chain.doFilter(errorPage ? new FreshPage(request) : request, new OnePolicy(response));
    }

    /** A Faces page (not one of its resources, which are cached as they should be). */
    static boolean isPage(HttpServletRequest request) {
        String path = request.getServletPath() == null ? "" : request.getServletPath();
        return (path.endsWith(".xhtml") || path.equals("/") || path.isEmpty()) && !path.startsWith("/jakarta.faces.resource/");
    }

    /** The whole policy with the given script sources (a directive, e.g. {@code script-src 'self' 'nonce-…';}). */
    static String policy(String scripts) {
        String directive = scripts.strip();
        if (directive.endsWith(";")) {
            directive = directive.substring(0, directive.length() - 1).strip();
        }
        return POLICY + "; " + directive;
    }

    /**
     * The request as an error page sees it: a page of its own, not a postback of the form whose post failed, and not
     * an ajax request. With the failed post's view state in the parameters PrimeFaces would take the page for a
     * postback and look for the script nonce of the failed view in the post; as an ajax request it would take the
     * nonce the post sent as the page's. A post without a valid one (forged, or to an expired view, from a client
     * that runs no script) would then end in an exception inside the error page instead of on it. So the view state,
     * Faces' partial-request parameters and its {@code Faces-Request} header are hidden: the error page is a whole
     * page with a nonce of its own, whatever was posted.
     */
    static final class FreshPage extends HttpServletRequestWrapper {

        static final String VIEW_STATE = ResponseStateManager.VIEW_STATE_PARAM;
        static final String PARTIAL = "jakarta.faces.partial.";
        static final String FACES_REQUEST = "Faces-Request";

        FreshPage(HttpServletRequest request) {
            super(request);
        }

        static boolean hidden(String parameter) {
            return VIEW_STATE.equals(parameter) || parameter.startsWith(PARTIAL);
        }

        @Override
        public String getParameter(String name) {
            return hidden(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return hidden(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
            parameters.keySet().removeIf(FreshPage::hidden);
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String getHeader(String name) {
            return FACES_REQUEST.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return FACES_REQUEST.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.removeIf(FACES_REQUEST::equalsIgnoreCase);
            return Collections.enumeration(names);
        }
    }

    /** Turns a Content-Security-Policy someone else sends (PrimeFaces: its script-src) into the one whole policy. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, CSP.equalsIgnoreCase(name) && value != null ? policy(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
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
