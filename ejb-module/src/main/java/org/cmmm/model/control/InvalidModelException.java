package org.cmmm.model.control;

import java.util.List;

/**
 * A model file the platform refuses to import, with every fault named. It is meant for the operator who
 * publishes a model version, not for a page, so its faults are English sentences rather than message keys.
 */
public class InvalidModelException extends RuntimeException {

    private final List<String> faults;

    private InvalidModelException(String message, List<String> faults) {
        super(message);
        this.faults = List.copyOf(faults);
    }

    /** The model was read but breaks the rules of {@link ModelValidator}. */
    public static InvalidModelException faulty(String version, List<String> faults) {
        return new InvalidModelException(
                "model " + version + " has " + faults.size() + " fault(s):\n- " + String.join("\n- ", faults), faults);
    }

    /** The model file cannot be read at all. */
    public static InvalidModelException malformed(String fault) {
        return new InvalidModelException("model file is malformed: " + fault, List.of(fault));
    }

    public List<String> faults() {
        return faults;
    }
}
