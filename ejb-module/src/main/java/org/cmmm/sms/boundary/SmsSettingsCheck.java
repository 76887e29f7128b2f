package org.cmmm.sms.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.cmmm.platform.boundary.Allowed;

/**
 * Checks the SMS settings when the platform starts, not at the first verification code: production mode with
 * the development adapter (codes only logged) must not start at all, and says which setting to change.
 */
@Singleton
@Startup
@Allowed(system = true)
public class SmsSettingsCheck {

    @Inject
    SmsGatewayProducer producer;

    @PostConstruct
    void check() {
        producer.requireUsable();
    }
}
