package org.cmmm.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client a request comes from, as the sign-in throttle and the verification page's limit count
 * it. Behind a proxy every request comes from the proxy's address, so that 30 failed sign-ins of anyone would
 * have stopped everyone (issue 25, finding 8); the proxy names the client in {@code X-Forwarded-For}. That header is
 * believed only from a proxy the operator named ({@code CMMM_TRUSTED_PROXIES}, empty by default): from anyone else it
 * is whatever the client chose to send. Of the addresses the header lists, the client's is the last one not added
 * by a trusted proxy (each proxy appends the address it was called from).
 */
@ApplicationScoped
public class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    @Inject
    @ConfigProperty(name = "cmmm.trusted.proxies")
    Optional<String> trustedProxies;

    private volatile Set<String> trusted;

    public String of(HttpServletRequest request) {
        if (trusted == null) {
            trusted = parse(trustedProxies.orElse(""));
        }
        return resolve(request.getRemoteAddr(), request.getHeaders(FORWARDED_FOR) == null ? List.of()
                : java.util.Collections.list(request.getHeaders(FORWARDED_FOR)), trusted);
    }

    static Set<String> parse(String setting) {
        return setting == null ? Set.of() : Arrays.stream(setting.split("[,\\s]+")).map(String::strip)
                .filter(address -> !address.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** The client's address: the connection's, or from a trusted proxy the last untrusted one the proxies list. */
    static String resolve(String connection, List<String> forwardedFor, Set<String> trusted) {
        if (!trusted.contains(connection)) {
            return connection;
        }
        List<String> hops = forwardedFor.stream().flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip).filter(hop -> !hop.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return isAddress(hops.get(i)) ? hops.get(i) : connection;
            }
        }
        return connection;
    }

    /** An IPv4 or IPv6 address as a proxy writes it (nothing else is counted as a client). */
    static boolean isAddress(String hop) {
        return hop.length() <= 45 && hop.matches("[0-9A-Fa-f:.]+") && (hop.contains(".") || hop.contains(":"));
    }
}
