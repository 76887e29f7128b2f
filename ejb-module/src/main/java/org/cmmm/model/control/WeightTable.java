package org.cmmm.model.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The weights of the sub-domains that apply at one level for one production type (GB/T 39117); they sum to 1. */
public record WeightTable(ProductionType productionType, int level, Map<String, Ratio> weights) {

    public WeightTable {
        Objects.requireNonNull(productionType, "productionType");
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    public Optional<Ratio> weight(String subDomain) {
        return Optional.ofNullable(weights.get(subDomain));
    }

    public Ratio sum() {
        return weights.values().stream().reduce(Ratio.ZERO, Ratio::add);
    }
}
