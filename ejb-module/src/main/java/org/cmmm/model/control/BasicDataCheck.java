package org.cmmm.model.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The basic-data questionnaire is answerable, and its {@code productionType} field offers exactly the three
 * choices scoring understands (config/model/README.md "Basic data").
 */
final class BasicDataCheck {

    private static final Set<String> PRODUCTION_TYPE_CHOICES = Set.of("DISCRETE", "PROCESS", "MIXED");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BasicDataCheck() {
    }

    static void check(MaturityModel model, List<String> faults) {
        StructureCheck.duplicates(model.basicData().stream().map(BasicDataField::code), "basic-data code", faults);
        model.basicData().forEach(field -> field(field, faults));
        productionType(model, faults);
    }

    private static void field(BasicDataField field, List<String> faults) {
        String where = "basic-data field " + field.code();
        if (field.type().hasOptions() && field.options().size() < 2) {
            faults.add(where + " is a " + field.type() + " with " + field.options().size()
                    + " option(s), at least 2 are needed");
        }
        if (!field.type().hasOptions() && !field.options().isEmpty()) {
            faults.add(where + " is " + field.type() + " but lists options");
        }
        StructureCheck.duplicates(field.options().stream().map(BasicDataOption::code), "option code in " + where, faults);
        if (field.type() == BasicDataType.TEXT && (field.maxLength().isEmpty() || field.maxLength().getAsInt() < 1)) {
            faults.add(where + " is TEXT without a positive maxLength");
        }
        if (field.min().isPresent() && field.max().isPresent() && field.min().get().compareTo(field.max().get()) > 0) {
            faults.add(where + " has min " + field.min().get() + " above max " + field.max().get());
        }
        if (field.type() == BasicDataType.PERCENT && (outsidePercent(field.min()) || outsidePercent(field.max()))) {
            faults.add(where + " is PERCENT with a bound outside 0..100");
        }
    }

    private static boolean outsidePercent(Optional<BigDecimal> bound) {
        return bound.map(value -> value.signum() < 0 || value.compareTo(HUNDRED) > 0).orElse(false);
    }

    private static void productionType(MaturityModel model, List<String> faults) {
        Optional<BasicDataField> field = model.basicData().stream()
                .filter(candidate -> candidate.code().equals(BasicDataField.PRODUCTION_TYPE))
                .findFirst();
        if (field.isEmpty()) {
            faults.add("basic-data field productionType is missing; it decides which weights and questions apply");
            return;
        }
        Set<String> choices = Set.copyOf(field.get().options().stream().map(BasicDataOption::code).toList());
        if (field.get().type() != BasicDataType.CHOICE || !field.get().required()
                || !choices.equals(PRODUCTION_TYPE_CHOICES)) {
            faults.add("basic-data field productionType must be a required CHOICE of DISCRETE, PROCESS, MIXED");
        }
    }
}
