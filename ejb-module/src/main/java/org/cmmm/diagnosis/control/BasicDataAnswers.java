package org.cmmm.diagnosis.control;

import org.cmmm.platform.control.Fault;
import java.util.ArrayList;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cmmm.model.control.BasicDataField;
import org.cmmm.model.control.BasicDataOption;
import org.cmmm.model.control.BasicDataType;
import org.cmmm.model.control.ProductionType;
import org.cmmm.platform.control.FormFaults;

/**
 * Checks the answers to the basic-data questionnaire (基础数据调查问卷) against the fields of the model version:
 * types, ranges, options, lengths. A draft may leave required fields empty; a submission may not (manual §1.3:
 * once submitted it cannot be changed). Values are strings as typed; multiple choices are comma-separated codes.
 * What is stored is {@link #normalized}: numbers in one plain form, whatever digits or signs they were typed with.
 */
public final class BasicDataAnswers {

    /** A number outside its field's range; {@link #faults} adds the range. */
    static final String RANGE = "diagnosis.basicData.range";


    /** The longest text answer a field without its own limit takes. */
    static final int TEXT_LIMIT = 1000;

    private BasicDataAnswers() {
    }

    /** The first fault of each field, by field code. */
    public static Map<String, String> violations(List<BasicDataField> fields, Map<String, String> values, boolean submitting) {
        Map<String, String> faults = new LinkedHashMap<>();
        for (BasicDataField field : fields) {
            String value = values.get(field.code());
            if (value == null || value.isBlank()) {
                if (submitting && field.required()) {
                    faults.put(field.code(), "diagnosis.basicData.required");
                }
                continue;
            }
            check(field, value.strip()).ifPresent(fault -> faults.put(field.code(), fault));
        }
        return faults;
    }

    /**
     * {@link #violations} as faults to show: a number out of range says the range it must lie in ("0 – 100"), not
     * only that it does not.
     */
    public static List<Fault> faults(List<BasicDataField> fields, Map<String, String> values, boolean submitting) {
        Map<String, BasicDataField> byCode = fields.stream().collect(Collectors.toMap(BasicDataField::code, field -> field));
        List<Fault> faults = new ArrayList<>();
        violations(fields, values, submitting).forEach((code, key) -> {
            BasicDataField field = byCode.get(code);
            if (!RANGE.equals(key)) {
                faults.add(Fault.at(code, key));
            } else if (field.min().isPresent() && field.max().isPresent()) {
                faults.add(Fault.at(code, RANGE, field.min().get().toPlainString(), field.max().get().toPlainString()));
            } else if (field.min().isPresent()) {
                faults.add(Fault.at(code, "diagnosis.basicData.range.min", field.min().get().toPlainString()));
            } else {
                faults.add(Fault.at(code, "diagnosis.basicData.range.max", field.max().orElseThrow().toPlainString()));
            }
        });
        return faults;
    }

    /**
     * The answers as they are stored: only the fields of the model (a posted key of no field is dropped), text
     * stripped, numbers in their plain form ({@code ＋１００.０} and {@code 100.000} are {@code 100}, Arabic-Indic
     * digits become ASCII), so that statistics never meet two spellings of one value. A value that is not a plain
     * number stays as typed: {@link #violations} refuses it.
     */
    public static Map<String, String> normalized(List<BasicDataField> fields, Map<String, String> values) {
        Map<String, String> stored = new LinkedHashMap<>();
        for (BasicDataField field : fields) {
            String value = values.get(field.code());
            if (value == null || value.isBlank()) {
                continue;
            }
            String stripped = value.strip();
            stored.put(field.code(), field.type().isNumeric() ? PlainNumber.parse(stripped).map(PlainNumber::text).orElse(stripped) : stripped);
        }
        return stored;
    }

    /** The production type the questionnaire gives; it decides weights and questions. */
    public static ProductionType productionType(Map<String, String> values) {
        return ProductionType.valueOf(values.get(BasicDataField.PRODUCTION_TYPE).strip());
    }

    private static Optional<String> check(BasicDataField field, String value) {
        Set<String> options = field.options().stream().map(BasicDataOption::code).collect(Collectors.toSet());
        switch (field.type()) {
            case CHOICE:
                return options.contains(value) ? Optional.empty() : Optional.of("diagnosis.basicData.option");
            case MULTI_CHOICE:
                return Arrays.stream(value.split(",")).map(String::strip).allMatch(options::contains)
                        ? Optional.empty() : Optional.of("diagnosis.basicData.option");
            case TEXT:
                if (FormFaults.textFault(value, Integer.MAX_VALUE, true).isPresent()) {
                    return Optional.of(FormFaults.CONTROL_CHARACTERS);
                }
                return value.codePointCount(0, value.length()) > field.maxLength().orElse(TEXT_LIMIT)
                        ? Optional.of("diagnosis.basicData.tooLong") : Optional.empty();
            default:
                return checkNumber(field, value);
        }
    }

    private static Optional<String> checkNumber(BasicDataField field, String value) {
        Optional<BigDecimal> parsed = PlainNumber.parse(value).map(PlainNumber::value);
        if (parsed.isEmpty()) {
            return Optional.of("diagnosis.basicData.number");
        }
        BigDecimal number = parsed.get();
        if (field.type() == BasicDataType.INTEGER && number.stripTrailingZeros().scale() > 0) {
            return Optional.of("diagnosis.basicData.integer");
        }
        if (field.min().map(min -> number.compareTo(min) < 0).orElse(false)
                || field.max().map(max -> number.compareTo(max) > 0).orElse(false)) {
            return Optional.of(RANGE);
        }
        return Optional.empty();
    }
}
