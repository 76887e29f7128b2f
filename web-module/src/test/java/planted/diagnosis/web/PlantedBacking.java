package planted.diagnosis.web;

import planted.diagnosis.control.PlantedRule;

/** Planted: a page that runs a rule itself instead of calling a boundary. */
public class PlantedBacking {
    public boolean valid(String value) {
        return PlantedRule.violations(value).isEmpty();
    }
}
