package org.cmmm.model.control;

import java.util.List;
import java.util.Map;

/**
 * One weight table per model production type and level, listing exactly the sub-domains that apply there,
 * with non-negative weights summing to exactly 1 (GB/T 39117; config/model/README.md "Weights").
 */
final class WeightCheck {

    private WeightCheck() {
    }

    static void check(MaturityModel model, List<String> faults) {
        for (WeightTable table : model.weights()) {
            if (!table.productionType().isModelType()) {
                faults.add("weight table " + table.productionType() + " level " + table.level()
                        + " is not for a model production type");
            } else if (table.level() < 1 || table.level() > ModelValidator.LEVEL_COUNT) {
                faults.add("weight table " + table.productionType() + " level " + table.level() + " is not for a level in 1..5");
            }
        }
        for (ProductionTypeName type : model.productionTypes()) {
            if (type.code().isModelType()) {
                for (int level = 1; level <= ModelValidator.LEVEL_COUNT; level++) {
                    table(model, type.code(), level, faults);
                }
            }
        }
    }

    private static void table(MaturityModel model, ProductionType type, int level, List<String> faults) {
        String cell = type + " level " + level;
        List<WeightTable> tables = model.weights().stream()
                .filter(table -> table.productionType() == type && table.level() == level)
                .toList();
        if (tables.isEmpty()) {
            faults.add("missing weight table " + cell);
            return;
        }
        if (tables.size() > 1) {
            faults.add(tables.size() + " weight tables for " + cell + ", one is needed");
        }
        Map<String, Ratio> weights = tables.get(0).weights();
        for (Map.Entry<String, Ratio> weight : weights.entrySet()) {
            String code = weight.getKey();
            if (model.subDomain(code).isEmpty()) {
                faults.add("weight table " + cell + " lists unknown sub-domain " + code);
            } else if (!model.subDomain(code).get().appliesAt(level, type)) {
                faults.add("weight table " + cell + " lists " + code + ", which does not apply at " + cell);
            }
            if (weight.getValue().signum() < 0) {
                faults.add("weight of " + code + " in " + cell + " is negative: " + weight.getValue());
            }
        }
        for (SubDomain subDomain : model.subDomainsAt(level, type)) {
            if (!weights.containsKey(subDomain.code())) {
                faults.add("weight table " + cell + " lacks " + subDomain.code() + ", which applies at " + cell);
            }
        }
        Ratio sum = tables.get(0).sum();
        if (!sum.equals(Ratio.ONE)) {
            faults.add("weights of " + cell + " sum to " + sum + ", not 1");
        }
        untailorableWeight(model, cell, weights, faults);
    }

    /**
     * A diagnosis may tailor every tailorable sub-domain; something must be left to score, so a sub-domain of a
     * non-tailorable domain must carry weight at every level.
     */
    private static void untailorableWeight(MaturityModel model, String cell, Map<String, Ratio> weights,
                                           List<String> faults) {
        boolean scorable = weights.entrySet().stream().anyMatch(weight -> weight.getValue().signum() > 0
                && model.domainOf(weight.getKey()).map(domain -> !domain.tailorable()).orElse(false));
        if (!scorable) {
            faults.add("weight table " + cell + " gives no weight to a sub-domain of a non-tailorable domain,"
                    + " so a diagnosis that tailors every tailorable domain has nothing to score");
        }
    }
}
