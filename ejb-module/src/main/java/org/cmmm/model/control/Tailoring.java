package org.cmmm.model.control;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.cmmm.platform.control.BusinessException;

/**
 * The sub-domains a diagnosis declares it does not involve (裁剪). GB/T 39116 allows this only in the domains
 * 设计, 物流, 销售, 服务, which the model marks {@code tailorable}; a tailored sub-domain drops out of every level
 * and its questions may be answered "企业不涉及此题目". Chosen once, before answering (DOMAIN.md §3).
 */
public final class Tailoring {

    public static final Tailoring NONE = new Tailoring(Set.of());

    private final Set<String> subDomains;

    private Tailoring(Set<String> subDomains) {
        this.subDomains = Collections.unmodifiableSet(new TreeSet<>(subDomains));
    }

    /**
     * @throws IllegalArgumentException when a code is not a sub-domain of the model
     * @throws BusinessException {@code model.tailoring.notTailorable} when a sub-domain's domain is not tailorable
     */
    public static Tailoring of(MaturityModel model, Collection<String> subDomainCodes) {
        for (String code : subDomainCodes) {
            Domain domain = model.domainOf(code).orElseThrow(() -> new IllegalArgumentException(
                    "model " + model.version() + " has no sub-domain " + code));
            if (!domain.tailorable()) {
                throw new BusinessException("model.tailoring.notTailorable", code);
            }
        }
        return new Tailoring(Set.copyOf(subDomainCodes));
    }

    public boolean isTailored(String subDomain) {
        return subDomains.contains(subDomain);
    }

    /** "企业不涉及此题目" may be chosen only for questions of tailored sub-domains. */
    public boolean allowsNotInvolved(Question question) {
        return isTailored(question.subDomain());
    }

    /** The tailored sub-domain codes, sorted. */
    public Set<String> subDomains() {
        return subDomains;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tailoring tailoring && subDomains.equals(tailoring.subDomains);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subDomains);
    }

    @Override
    public String toString() {
        return "Tailoring" + subDomains;
    }
}
