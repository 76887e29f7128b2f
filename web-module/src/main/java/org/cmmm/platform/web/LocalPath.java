package org.cmmm.platform.web;

import java.net.URI;
import java.util.Optional;

/**
 * An address the platform may send a browser to after sign-in: a path of this application, never another site.
 * Shiro keeps the URL of the page that asked for the sign-in as the request named it, so a request for
 * {@code //evil.example/x} (or {@code /\evil.example}, which browsers read alike) would have become a redirect to
 * that site (issue 25, finding 7).
 */
public final class LocalPath {

    private LocalPath() {
    }

    /** The target when it is an absolute path under the context path, without scheme, host or backslash. */
    public static Optional<String> of(String target, String contextPath) {
        if (target == null || target.isEmpty() || target.contains("\\") || target.chars().anyMatch(c -> c < 0x21 || c == 0x7F)) {
            return Optional.empty();
        }
        String root = (contextPath == null ? "" : contextPath) + "/";
        if (!target.startsWith(root) || target.startsWith("//") || target.startsWith(root + "/")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(target);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? Optional.of(target) : Optional.empty();
        } catch (java.net.URISyntaxException malformed) {
            return Optional.empty();
        }
    }
}
