package org.cmmm.enterprise.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.cmmm.audit.boundary.AuditLog;
import org.cmmm.audit.boundary.ProductionRefusal;
import org.cmmm.platform.boundary.Allowed;

/**
 * Checks the business-registry settings when the platform starts: production mode with the development adapter
 * (format checks only) must not start at all, says which setting to change, and leaves the refusal in the audit log.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration") // the refusal is audited, so the audit table must exist
@Allowed(system = true)
public class RegistrySettingsCheck {

    @Inject
    EnterpriseRegistryProducer producer;

    @Inject
    AuditLog audit;

    @PostConstruct
    void check() {
        ProductionRefusal.check(audit, producer::requireUsable);
    }
}
