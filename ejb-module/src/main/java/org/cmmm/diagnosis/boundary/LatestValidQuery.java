package org.cmmm.diagnosis.boundary;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.Optional;
import org.cmmm.diagnosis.entity.Diagnosis;

/**
 * Reads "latest valid" through its one definition, {@link Diagnosis#LATEST_VALID_BEFORE}: for the result page's
 * comparison, for now, for the row of the latest-valid table and for the report check. Not a boundary: it runs in its caller's
 * transaction, under its caller's tenant rule.
 */
public final class LatestValidQuery {

    private LatestValidQuery() {
    }

    /** The enterprise's latest valid diagnosis before a point in the order of completion (time, then id). */
    public static Optional<Diagnosis> before(EntityManager em, long enterpriseId, LocalDateTime completedAt, long id) {
        return em.createNamedQuery(Diagnosis.LATEST_VALID_BEFORE, Diagnosis.class)
                .setParameter("enterpriseId", enterpriseId)
                .setParameter("completedAt", completedAt)
                .setParameter("id", id)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The enterprise's latest valid diagnosis now. */
    public static Optional<Diagnosis> now(EntityManager em, long enterpriseId) {
        return before(em, enterpriseId, DiagnosisService.AFTER_EVERY_COMPLETION, Long.MAX_VALUE);
    }
}
