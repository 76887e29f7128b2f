package org.cmmm.model.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A JSON object of a model file that knows where it sits ({@code elements[0].domains[2]}), so that every read
 * error names the place and the key. Absent keys and JSON {@code null} are the same thing.
 */
final class ModelJson {

    private final JsonObject object;
    private final String path;

    ModelJson(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    String path() {
        return path;
    }

    boolean has(String key) {
        return value(key).isPresent();
    }

    String string(String key) {
        return optionalString(key).orElseThrow(() -> missing(key));
    }

    Optional<String> optionalString(String key) {
        return value(key).map(value -> {
            if (value.getValueType() != ValueType.STRING) {
                throw fault("\"" + key + "\" must be a string");
            }
            return ((JsonString) value).getString();
        });
    }

    int integer(String key) {
        return optionalInteger(key).orElseThrow(() -> missing(key));
    }

    OptionalInt optionalInteger(String key) {
        Optional<JsonValue> value = value(key);
        return value.isPresent() ? OptionalInt.of(toInt(value.get(), key)) : OptionalInt.empty();
    }

    boolean bool(String key, boolean absent) {
        return value(key).map(value -> {
            if (value.getValueType() == ValueType.TRUE || value.getValueType() == ValueType.FALSE) {
                return value.getValueType() == ValueType.TRUE;
            }
            throw fault("\"" + key + "\" must be true or false");
        }).orElse(absent);
    }

    /** A scoring number: a string such as "0.8" or "1/12" (a plain JSON number is read exactly too). */
    Ratio ratio(String key) {
        JsonValue value = value(key).orElseThrow(() -> missing(key));
        return ratio(value, key);
    }

    private Ratio ratio(JsonValue value, String key) {
        try {
            if (value.getValueType() == ValueType.NUMBER) {
                return Ratio.of(((JsonNumber) value).bigDecimalValue());
            }
            if (value.getValueType() == ValueType.STRING) {
                return Ratio.parse(((JsonString) value).getString());
            }
        } catch (NumberFormatException e) {
            throw fault("\"" + key + "\": " + e.getMessage());
        }
        throw fault("\"" + key + "\" must be a number such as \"0.8\" or \"1/12\"");
    }

    Optional<BigDecimal> decimal(String key) {
        return value(key).map(value -> {
            try {
                if (value.getValueType() == ValueType.NUMBER) {
                    return ((JsonNumber) value).bigDecimalValue();
                }
                if (value.getValueType() == ValueType.STRING) {
                    return new BigDecimal(((JsonString) value).getString());
                }
            } catch (NumberFormatException e) {
                // reported below with the place
            }
            throw fault("\"" + key + "\" must be a number");
        });
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        return toEnum(string(key), type, key);
    }

    /** A {@code {zh, en}} object; a missing language stays blank for the validator to name. */
    LocalizedText text(String key) {
        return optionalText(key).orElseThrow(() -> missing(key));
    }

    Optional<LocalizedText> optionalText(String key) {
        return value(key).map(value -> new ModelJson(asObject(value, key), child(key)).inlineText());
    }

    /** {@code zh} and {@code en} given directly on this object, as answer options do. */
    LocalizedText inlineText() {
        return new LocalizedText(optionalString("zh").orElse(""), optionalString("en").orElse(""));
    }

    List<ModelJson> objects(String key) {
        return array(key).map(array -> {
            List<ModelJson> objects = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                objects.add(new ModelJson(asObject(array.get(i), key + "[" + i + "]"), child(key) + "[" + i + "]"));
            }
            return objects;
        }).orElseThrow(() -> missing(key));
    }

    List<ModelJson> objectsOrEmpty(String key) {
        return has(key) ? objects(key) : List.of();
    }

    /** A list of strings; a single string is read as a list of one. */
    List<String> strings(String key) {
        JsonValue value = value(key).orElseThrow(() -> missing(key));
        if (value.getValueType() == ValueType.STRING) {
            return List.of(((JsonString) value).getString());
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue item : asArray(value, key)) {
            if (item.getValueType() != ValueType.STRING) {
                throw fault("\"" + key + "\" must list strings");
            }
            strings.add(((JsonString) item).getString());
        }
        return strings;
    }

    List<Integer> integers(String key) {
        JsonArray array = array(key).orElseThrow(() -> missing(key));
        List<Integer> integers = new ArrayList<>();
        for (JsonValue item : array) {
            integers.add(toInt(item, key));
        }
        return integers;
    }

    <E extends Enum<E>> List<E> enumValues(String key, Class<E> type) {
        return strings(key).stream().map(code -> toEnum(code, type, key)).toList();
    }

    /** An object of scoring numbers by key, in file order. */
    Map<String, Ratio> ratios(String key) {
        JsonObject ratios = asObject(value(key).orElseThrow(() -> missing(key)), key);
        ModelJson nested = new ModelJson(ratios, child(key));
        Map<String, Ratio> map = new LinkedHashMap<>();
        ratios.forEach((name, value) -> map.put(name, nested.ratio(value, name)));
        return map;
    }

    private Optional<JsonValue> value(String key) {
        JsonValue value = object.get(key);
        return value == null || value.getValueType() == ValueType.NULL ? Optional.empty() : Optional.of(value);
    }

    private Optional<JsonArray> array(String key) {
        return value(key).map(value -> asArray(value, key));
    }

    private JsonArray asArray(JsonValue value, String key) {
        if (value.getValueType() != ValueType.ARRAY) {
            throw fault("\"" + key + "\" must be an array");
        }
        return value.asJsonArray();
    }

    private JsonObject asObject(JsonValue value, String key) {
        if (value.getValueType() != ValueType.OBJECT) {
            throw fault("\"" + key + "\" must be an object");
        }
        return value.asJsonObject();
    }

    private int toInt(JsonValue value, String key) {
        if (value.getValueType() == ValueType.NUMBER && ((JsonNumber) value).isIntegral()) {
            try {
                return ((JsonNumber) value).intValueExact();
            } catch (ArithmeticException e) {
                // reported below with the place
            }
        }
        throw fault("\"" + key + "\" must be a whole number, not " + value);
    }

    private <E extends Enum<E>> E toEnum(String code, Class<E> type, String key) {
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            throw fault("\"" + key + "\" has unknown value \"" + code + "\"");
        }
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private InvalidModelException missing(String key) {
        return fault("missing key \"" + key + "\"");
    }

    InvalidModelException fault(String what) {
        return InvalidModelException.malformed(what + (path.isEmpty() ? " at the top level" : " at " + path));
    }
}
