package planted.diagnosis.control;

import jakarta.persistence.EntityManager;

/** Planted: a rule that reaches for the database instead of staying plain Java. */
public class UsesPersistence {
    public int count(EntityManager em) {
        return em.hashCode();
    }
}
