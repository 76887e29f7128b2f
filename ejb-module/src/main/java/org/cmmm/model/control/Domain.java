package org.cmmm.model.control;

import java.util.List;
import java.util.Objects;

/**
 * A capability domain (能力域). Only the sub-domains of a tailorable domain may be tailored by a diagnosis
 * (GB/T 39116: 设计, 物流, 销售, 服务); {@code navigationOrder} places it among the eight top nodes of the
 * answering tree.
 */
public record Domain(String code, LocalizedText name, boolean tailorable, int navigationOrder, List<SubDomain> subDomains) {

    public Domain {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        subDomains = List.copyOf(subDomains);
    }
}
