package org.cmmm.audit.boundary;

/**
 * A settings check that refuses the platform's start in production mode, with the refusal kept in the audit log.
 * The audit entry is best effort: if it cannot be written, the operator must still read the refusal (which names
 * the setting to change) rather than the database error, so that error only rides along as a suppressed one.
 */
public final class ProductionRefusal {

    private ProductionRefusal() {
    }

    public static void check(AuditLog audit, Runnable requireUsable) {
        try {
            requireUsable.run();
        } catch (IllegalStateException refused) {
            try {
                audit.platformEvent(AuditLog.ACTION_PRODUCTION_REFUSED, AuditLog.TARGET_PLATFORM, "-", refused.getMessage());
            } catch (RuntimeException notAudited) {
                refused.addSuppressed(notAudited);
            }
            throw refused;
        }
    }
}
