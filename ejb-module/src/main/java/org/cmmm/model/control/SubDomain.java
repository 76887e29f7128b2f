package org.cmmm.model.control;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** A capability sub-domain (能力子域) and where it applies: the levels and production types it has requirements for. */
public record SubDomain(String code, LocalizedText name, Set<Integer> levels, Set<ProductionType> productionTypes) {

    public SubDomain {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        levels = Collections.unmodifiableSortedSet(new TreeSet<>(levels));
        productionTypes = enumSet(productionTypes);
    }

    /** Applies at a level for a diagnosis of that type; a MIXED diagnosis follows the DISCRETE weight table. */
    public boolean appliesAt(int level, ProductionType type) {
        return levels.contains(level) && productionTypes.contains(type.weighting());
    }

    static Set<ProductionType> enumSet(Collection<ProductionType> types) {
        EnumSet<ProductionType> set = EnumSet.noneOf(ProductionType.class);
        set.addAll(types);
        return Collections.unmodifiableSet(set);
    }
}
