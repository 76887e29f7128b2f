package org.cmmm.enterprise.boundary;

/**
 * The business registry (工商登记) that tells whether an enterprise name belongs to a USCC, as on the business
 * licence. Two adapters: {@link DevelopmentEnterpriseRegistry}, which checks only the code's format and check
 * character, and {@link HttpEnterpriseRegistry}, which asks a real registry service configured in
 * config/platform.env. Chosen by {@code cmmm.registry.adapter}.
 */
public interface EnterpriseRegistry {

    /** What the registry said about a name and USCC. */
    enum Verdict {
        /** The name belongs to this USCC. */
        MATCH,
        /** The registry knows the USCC under another name, or does not know it. */
        MISMATCH,
        /** The registry could not be asked; registration goes on and support may check later. */
        UNAVAILABLE
    }

    Verdict check(String enterpriseName, String uscc);
}
