package org.cmmm.enterprise.boundary;

import org.cmmm.platform.boundary.Allowed;
import org.cmmm.platform.boundary.Public;
import static org.cmmm.platform.control.Role.ADMIN;
import static org.cmmm.platform.control.Role.ENTERPRISE;
import static org.cmmm.platform.control.Role.REGION_ADMIN;
import static org.cmmm.platform.control.Role.SUPPORT;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cmmm.enterprise.control.EnterpriseQuery;
import org.cmmm.enterprise.entity.Enterprise;
import org.cmmm.enterprise.entity.EnterpriseNameGram;
import org.cmmm.enterprise.entity.Industry;
import org.cmmm.platform.boundary.AcrossRegions;

/**
 * Enterprises as the signed-in user may see them: every query here passes the tenant rule, so an id of
 * another tenant's enterprise finds nothing. Methods named …AcrossRegions are the named exceptions.
 */
@Stateless
public class EnterpriseService {

    /** Bigram counts stop here: beyond it a gram is common, and which common one drives matters little. */
    private static final int GRAM_COUNT_CAP = 10_000;
    /** A gram on fewer names than this drives the search without counting the rest. */
    private static final int RARE_ENOUGH = 200;

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    /** The enterprise, if the signed-in user may see it. */
    @Allowed({ENTERPRISE, REGION_ADMIN, SUPPORT, ADMIN})
    public Optional<Enterprise> find(long id) {
        return em.createQuery("select e from Enterprise e where e.id = :id", Enterprise.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /**
     * Enterprises matching what was typed, as {@link EnterpriseQuery} reads it, each kind through an index: a whole
     * USCC by its unique key, the start of one by that key's order, one character as the start of a name, and
     * longer text inside names through the bigram table, driven by the text's rarest bigram. Names come out in name
     * order, codes in code order.
     */
    @Allowed({ENTERPRISE, REGION_ADMIN, SUPPORT, ADMIN})
    public List<Enterprise> search(String text, int max) {
        EnterpriseQuery query = EnterpriseQuery.parse(text);
        var found = switch (query.kind()) {
            case ALL -> em.createNamedQuery(Enterprise.ALL_BY_NAME, Enterprise.class);
            case USCC -> em.createNamedQuery(Enterprise.BY_USCC, Enterprise.class).setParameter("uscc", query.text());
            case USCC_PREFIX -> em.createNamedQuery(Enterprise.BY_USCC_PREFIX, Enterprise.class)
                    .setParameter("prefix", query.prefixPattern());
            case NAME_PREFIX -> em.createNamedQuery(Enterprise.BY_NAME_PREFIX, Enterprise.class)
                    .setParameter("prefix", query.prefixPattern());
            case NAME_CONTAINS -> em.createNamedQuery(EnterpriseNameGram.SEARCH, Enterprise.class)
                    .setParameter("gram", rarest(query.grams()))
                    .setParameter("text", query.containsPattern());
        };
        List<Enterprise> matches = found.setMaxResults(max).getResultList();
        if (query.kind() != EnterpriseQuery.Kind.NAME_CONTAINS) {
            return matches;
        }
        // the first matches in the order of the bigram's rows, shown by name like the other kinds
        return matches.stream().sorted(Comparator.comparing(Enterprise::getName)).toList();
    }

    /**
     * The bigram on fewest names, counted up to {@value #GRAM_COUNT_CAP} each (a count is an index range, but
     * "公司" is on nearly every name): the search reads at most that gram's rows. A count, not a name, so it needs
     * no tenant rule.
     */
    private String rarest(List<String> grams) {
        String rarest = grams.get(0);
        long fewest = Long.MAX_VALUE;
        for (String gram : grams) {
            long names = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM enterprise_name_gram"
                    + " WHERE gram = ?1 LIMIT " + GRAM_COUNT_CAP + ") g").setParameter(1, gram).getSingleResult()).longValue();
            if (names < fewest) {
                rarest = gram;
                fewest = names;
            }
            if (names < RARE_ENOUGH) {
                break;
            }
        }
        return rarest;
    }

    /** Whether a USCC is registered anywhere: registration must refuse a second account for it. */
    @AcrossRegions
    @Public
    public boolean usccRegisteredAcrossRegions(String uscc) {
        return !em.createNamedQuery(Enterprise.BY_USCC, Enterprise.class).setParameter("uscc", uscc)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Industry classes whose code starts with, or whose name contains, the text: the registration picker. */
    @Public
    public List<Industry> industryClasses(String text, int max) {
        String query = text == null ? "" : text.strip();
        return em.createNamedQuery(Industry.SEARCH_CLASSES, Industry.class)
                .setParameter("prefix", query + "%")
                .setParameter("name", "%" + query + "%")
                .setMaxResults(max)
                .getResultList();
    }

    @Public
    public Optional<Industry> industry(String code) {
        return Optional.ofNullable(code == null ? null : em.find(Industry.class, code));
    }
}
