package org.cmmm.platform.control;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with what a user asked for: a message-bundle key with its arguments, at the form field it
 * concerns ({@code "uscc"}, {@code "mobile"}) or at none (the page shows it at the top).
 */
public record Fault(String fieldOrNull, String key, List<Serializable> arguments) implements Serializable {

    public Fault {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static Fault of(String key, Serializable... arguments) {
        return new Fault(null, key, Arrays.asList(arguments));
    }

    public static Fault at(String field, String key, Serializable... arguments) {
        return new Fault(Objects.requireNonNull(field, "field"), key, Arrays.asList(arguments));
    }

    /** The faults of a form checked field by field (field → key, in the order of the page). */
    public static List<Fault> atFields(Map<String, String> keysByField) {
        return keysByField.entrySet().stream().map(entry -> at(entry.getKey(), entry.getValue())).toList();
    }

    public Optional<String> field() {
        return Optional.ofNullable(fieldOrNull);
    }
}
