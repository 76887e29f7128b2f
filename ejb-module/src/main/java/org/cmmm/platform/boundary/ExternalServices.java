package org.cmmm.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.cmmm.enterprise.boundary.DevelopmentEnterpriseRegistry;
import org.cmmm.enterprise.boundary.EnterpriseRegistry;
import org.cmmm.enterprise.boundary.HttpEnterpriseRegistry;
import org.cmmm.platform.control.RunMode;
import org.cmmm.sms.boundary.DevelopmentSmsGateway;
import org.cmmm.sms.boundary.HttpSmsGateway;
import org.cmmm.sms.boundary.SmsGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the adapters of the external services from the settings (config/platform.env): the SMS gateway
 * ({@code CMMM_SMS_ADAPTER}) and the business registry ({@code CMMM_REGISTRY_ADAPTER}), each "development" or
 * "http". Production mode refuses the development adapters, so that codes are never only logged in production.
 */
@ApplicationScoped
public class ExternalServices {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    @ConfigProperty(name = "cmmm.mode", defaultValue = "production")
    String mode;

    @Inject
    @ConfigProperty(name = "cmmm.sms.adapter", defaultValue = "development")
    String smsAdapter;

    @Inject
    @ConfigProperty(name = "cmmm.sms.url")
    Optional<String> smsUrl;

    @Inject
    @ConfigProperty(name = "cmmm.sms.template", defaultValue = "VERIFICATION_CODE")
    String smsTemplate;

    @Inject
    @ConfigProperty(name = "cmmm.sms.user")
    Optional<String> smsUser;

    @Inject
    @ConfigProperty(name = "cmmm.sms.password")
    Optional<String> smsPassword;

    @Inject
    @ConfigProperty(name = "cmmm.registry.adapter", defaultValue = "development")
    String registryAdapter;

    @Inject
    @ConfigProperty(name = "cmmm.registry.url")
    Optional<String> registryUrl;

    @Inject
    @ConfigProperty(name = "cmmm.registry.token")
    Optional<String> registryToken;

    @Produces
    @ApplicationScoped
    SmsGateway smsGateway() {
        if ("http".equals(smsAdapter)) {
            return new HttpSmsGateway(URI.create(required(smsUrl, "cmmm.sms.url")), smsTemplate,
                    smsUser.orElse(null), smsPassword.orElse(""), TIMEOUT);
        }
        requireDevelopment("cmmm.sms.adapter");
        return new DevelopmentSmsGateway();
    }

    @Produces
    @ApplicationScoped
    EnterpriseRegistry enterpriseRegistry() {
        if ("http".equals(registryAdapter)) {
            return new HttpEnterpriseRegistry(URI.create(required(registryUrl, "cmmm.registry.url")),
                    registryToken.orElse(null), TIMEOUT);
        }
        requireDevelopment("cmmm.registry.adapter");
        return new DevelopmentEnterpriseRegistry();
    }

    /** Whether development-only helpers (the SMS page) may be shown. */
    public boolean isDevelopment() {
        return RunMode.of(mode).allowsDemoData();
    }

    private void requireDevelopment(String setting) {
        if (!isDevelopment()) {
            throw new IllegalStateException(setting + " must be \"http\" in production mode");
        }
    }

    private static String required(Optional<String> value, String setting) {
        return value.filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalStateException(setting + " must be set for the http adapter"));
    }
}
