package org.cmmm.enterprise.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.cmmm.region.entity.Tenancy;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * Two neighbouring characters of an enterprise's name, for searching inside names by an index
 * ({@link org.cmmm.enterprise.control.EnterpriseQuery}). Read-only here: the triggers of V12 write it whenever an
 * enterprise is created or renamed. It names enterprises, so the tenant rule applies through the enterprise.
 */
@Entity
@ReadOnly
@Table(name = "enterprise_name_gram")
@IdClass(EnterpriseNameGram.Key.class)
@AdditionalCriteria(Tenancy.ENTERPRISE_PART_CRITERIA)
@jakarta.persistence.NamedQuery(name = EnterpriseNameGram.SEARCH, query = "select g.enterprise from EnterpriseNameGram g"
        + " where g.gram = :gram and g.enterprise.name like :text escape '\\' order by g.enterpriseId")
public class EnterpriseNameGram {

    /**
     * The enterprises whose name holds the gram and contains the text, oldest first: the gram's rows are in that
     * order, so the first matches end the walk (ordering by name instead would read every row of the gram).
     */
    public static final String SEARCH = "EnterpriseNameGram.search";

    @Id
    private String gram;

    @Id
    @Column(name = "enterprise_id")
    private Long enterpriseId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", insertable = false, updatable = false)
    private Enterprise enterprise;

    protected EnterpriseNameGram() {
        // for JPA
    }

    /** The primary key (JPA sets its fields, so it cannot be a record). */
    public static class Key implements Serializable {
        private String gram;
        private Long enterpriseId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(gram, key.gram)
                    && java.util.Objects.equals(enterpriseId, key.enterpriseId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(gram, enterpriseId);
        }
    }
}
