package org.cmmm.enterprise.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.cmmm.platform.boundary.PlatformMode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the business registry from the settings (config/platform.env, {@code CMMM_REGISTRY_ADAPTER}):
 * "development" (format and check character only) or "http". Production mode refuses the development adapter.
 */
@ApplicationScoped
public class EnterpriseRegistryProducer {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    PlatformMode mode;

    @Inject
    @ConfigProperty(name = "cmmm.registry.adapter", defaultValue = "development")
    String adapter;

    @Inject
    @ConfigProperty(name = "cmmm.registry.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "cmmm.registry.token")
    Optional<String> token;

    /** Fails with the setting to change when the settings give no usable registry (checked at start-up). */
    public void requireUsable() {
        enterpriseRegistry();
    }

    @Produces
    @ApplicationScoped
    EnterpriseRegistry enterpriseRegistry() {
        if ("http".equals(adapter)) {
            String lookupUrl = url.filter(v -> !v.isBlank())
                    .orElseThrow(() -> new IllegalStateException("cmmm.registry.url must be set for the http adapter"));
            return new HttpEnterpriseRegistry(URI.create(lookupUrl), token.orElse(null), TIMEOUT);
        }
        mode.requireDevelopment("cmmm.registry.adapter");
        return new DevelopmentEnterpriseRegistry();
    }
}
