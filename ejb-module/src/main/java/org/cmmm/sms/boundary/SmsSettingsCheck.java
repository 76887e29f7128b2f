package org.cmmm.sms.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.cmmm.audit.boundary.AuditLog;
import org.cmmm.audit.boundary.ProductionRefusal;
import org.cmmm.platform.boundary.Allowed;

/**
 * Checks the SMS settings when the platform starts, not at the first verification code: production mode with
 * the development adapter (codes only logged) must not start at all, says which setting to change, and leaves the refusal in the audit log.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration") // the refusal is audited, so the audit table must exist
@Allowed(system = true)
public class SmsSettingsCheck {

    @Inject
    SmsGatewayProducer producer;

    @Inject
    AuditLog audit;

    @PostConstruct
    void check() {
        ProductionRefusal.check(audit, producer::requireUsable);
    }
}
