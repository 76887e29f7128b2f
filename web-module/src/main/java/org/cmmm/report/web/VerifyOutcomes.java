package org.cmmm.report.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What lookups of {@code /verify/{code}} found, kept for a few minutes under a random key that the verification page
 * is sent to ({@code verify.xhtml?result=…}): the lookup's answer is a redirect, made after the floor time without a
 * request thread waiting, and the page shows the result without looking it up again. Reloading the page within
 * {@link #KEPT} shows it again. Lookups are limited per client address, which bounds what is kept.
 */
@ApplicationScoped
public class VerifyOutcomes {

    static final Duration KEPT = Duration.ofMinutes(10);

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Kept> outcomes = new ConcurrentHashMap<>();

    private record Kept(ReportVerifyBacking.Outcome outcome, Instant until) {
    }

    /** Keeps an outcome; returns its key (128 random bits, URL-safe). */
    public String keep(ReportVerifyBacking.Outcome outcome) {
        Instant now = Instant.now();
        outcomes.values().removeIf(kept -> kept.until().isBefore(now));
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        outcomes.put(key, new Kept(outcome, now.plus(KEPT)));
        return key;
    }

    /** The outcome kept under a key, while it is kept. */
    public Optional<ReportVerifyBacking.Outcome> find(String key) {
        Kept kept = key == null ? null : outcomes.get(key);
        return kept == null || kept.until().isBefore(Instant.now()) ? Optional.empty() : Optional.of(kept.outcome());
    }
}
