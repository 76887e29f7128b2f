package org.cmmm.model.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A field of the basic-data questionnaire. The field {@value #PRODUCTION_TYPE} decides which weights and
 * questions apply to a diagnosis.
 */
public record BasicDataField(String code, BasicDataType type, boolean required, Optional<BigDecimal> min,
                             Optional<BigDecimal> max, OptionalInt maxLength, Optional<LocalizedText> unit,
                             LocalizedText label, Optional<LocalizedText> help, List<BasicDataOption> options) {

    public static final String PRODUCTION_TYPE = "productionType";

    public BasicDataField {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(maxLength, "maxLength");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(help, "help");
        options = List.copyOf(options);
    }
}
