package planted.diagnosis.control;

import java.util.Map;

/** Planted: a rule with behaviour, which a page must not run. */
public final class PlantedRule {
    private PlantedRule() {
    }

    public static Map<String, String> violations(String value) {
        return value == null ? Map.of("value", "form.required") : Map.of();
    }
}
