package org.cmmm.sms.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.cmmm.platform.boundary.PlatformMode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the SMS gateway from the settings (config/platform.env, {@code CMMM_SMS_ADAPTER}): "development"
 * (codes to the log and /dev/sms.xhtml) or "http". Production mode refuses the development adapter, so that
 * codes are never only logged in production.
 */
@ApplicationScoped
public class SmsGatewayProducer {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    PlatformMode mode;

    @Inject
    @ConfigProperty(name = "cmmm.sms.adapter", defaultValue = "development")
    String adapter;

    @Inject
    @ConfigProperty(name = "cmmm.sms.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "cmmm.sms.template", defaultValue = "VERIFICATION_CODE")
    String template;

    @Inject
    @ConfigProperty(name = "cmmm.sms.template.usernames", defaultValue = "USER_NAMES")
    String userNamesTemplate;

    @Inject
    @ConfigProperty(name = "cmmm.sms.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "cmmm.sms.password")
    Optional<String> password;

    /** Fails with the setting to change when the settings give no usable gateway (checked at start-up). */
    public void requireUsable() {
        smsGateway();
    }

    @Produces
    @ApplicationScoped
    SmsGateway smsGateway() {
        if ("http".equals(adapter)) {
            String sendUrl = url.filter(v -> !v.isBlank())
                    .orElseThrow(() -> new IllegalStateException("cmmm.sms.url must be set for the http adapter"));
            return new HttpSmsGateway(URI.create(sendUrl), template, userNamesTemplate, user.orElse(null), password.orElse(""), TIMEOUT);
        }
        mode.requireDevelopment("cmmm.sms.adapter");
        return new DevelopmentSmsGateway();
    }
}
