package org.cmmm.enterprise.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.cmmm.platform.boundary.Allowed;

/**
 * Checks the business-registry settings when the platform starts: production mode with the development adapter
 * (format checks only) must not start at all, and says which setting to change.
 */
@Singleton
@Startup
@Allowed(system = true)
public class RegistrySettingsCheck {

    @Inject
    EnterpriseRegistryProducer producer;

    @PostConstruct
    void check() {
        producer.requireUsable();
    }
}
