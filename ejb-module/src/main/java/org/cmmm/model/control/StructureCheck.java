package org.cmmm.model.control;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The scale of a model (levels, threshold, answer options, score bands) and its element tree. */
final class StructureCheck {

    private static final Set<ProductionType> MODEL_TYPES = EnumSet.of(ProductionType.DISCRETE, ProductionType.PROCESS);

    private StructureCheck() {
    }

    static void check(MaturityModel model, List<String> faults) {
        levels(model, faults);
        productionTypes(model, faults);
        threshold(model, faults);
        answerOptions(model, faults);
        ScoreBandCheck.check(model, faults);
        tree(model, faults);
    }

    /** GB/T 39116: levels 1 规划级 to 5 引领级, each once, in order. */
    private static void levels(MaturityModel model, List<String> faults) {
        List<Integer> numbers = model.levels().stream().map(Level::number).toList();
        List<Integer> expected = IntStream.rangeClosed(1, ModelValidator.LEVEL_COUNT).boxed().toList();
        if (!numbers.equals(expected)) {
            faults.add("levels are " + numbers + ", not exactly 1..5 in order");
        }
        duplicates(model.levels().stream().map(Level::code), "level code", faults);
    }

    private static void productionTypes(MaturityModel model, List<String> faults) {
        List<ProductionType> types = model.productionTypes().stream().map(ProductionTypeName::code).toList();
        if (types.size() != MODEL_TYPES.size() || !MODEL_TYPES.containsAll(types)) {
            faults.add("production types are " + types + ", not DISCRETE and PROCESS (MIXED is a diagnosis choice)");
        }
    }

    private static void threshold(MaturityModel model, List<String> faults) {
        Ratio threshold = model.threshold();
        if (threshold.signum() <= 0 || threshold.compareTo(Ratio.ONE) > 0) {
            faults.add("threshold " + threshold + " is not within (0, 1]");
        }
    }

    private static void answerOptions(MaturityModel model, List<String> faults) {
        if (model.answerOptions().size() < 2) {
            faults.add("there are " + model.answerOptions().size() + " answer options, at least 2 are needed");
        }
        duplicates(model.answerOptions().stream().map(AnswerOption::code), "answer option code", faults);
        for (AnswerOption option : model.answerOptions()) {
            if (option.value().signum() < 0 || option.value().compareTo(Ratio.ONE) > 0) {
                faults.add("answer option " + option.code() + " has value " + option.value() + ", outside [0, 1]");
            }
        }
    }

    private static void tree(MaturityModel model, List<String> faults) {
        duplicates(model.elements().stream().map(Element::code), "element code", faults);
        duplicates(model.domains().stream().map(Domain::code), "domain code", faults);
        duplicates(model.subDomains().stream().map(SubDomain::code), "sub-domain code", faults);
        for (Element element : model.elements()) {
            if (element.domains().isEmpty()) {
                faults.add("element " + element.code() + " has no domains");
            }
        }
        for (Domain domain : model.domains()) {
            if (domain.subDomains().isEmpty()) {
                faults.add("domain " + domain.code() + " has no sub-domains");
            }
        }
        for (SubDomain subDomain : model.subDomains()) {
            subDomain(subDomain, faults);
        }
    }

    private static void subDomain(SubDomain subDomain, List<String> faults) {
        if (subDomain.levels().isEmpty()) {
            faults.add("sub-domain " + subDomain.code() + " applies at no level");
        }
        for (int level : subDomain.levels()) {
            if (level < 1 || level > ModelValidator.LEVEL_COUNT) {
                faults.add("sub-domain " + subDomain.code() + " lists level " + level + ", not in 1..5");
            }
        }
        if (subDomain.productionTypes().isEmpty()) {
            faults.add("sub-domain " + subDomain.code() + " applies to no production type");
        }
        if (subDomain.productionTypes().contains(ProductionType.MIXED)) {
            faults.add("sub-domain " + subDomain.code() + " lists MIXED, which is not a model production type");
        }
    }

    /** Adds one fault per code that occurs more than once. */
    static void duplicates(Stream<String> codes, String kind, List<String> faults) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> repeated = codes.filter(code -> !seen.add(code)).collect(Collectors.toCollection(LinkedHashSet::new));
        repeated.forEach(code -> faults.add("duplicate " + kind + " " + code));
    }
}
