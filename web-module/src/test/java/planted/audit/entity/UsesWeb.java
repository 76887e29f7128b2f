package planted.audit.entity;

import planted.diagnosis.web.PlantedBacking;

/** Planted: an entity that imports a page class. */
public class UsesWeb {
    public Object page() {
        return new PlantedBacking();
    }
}
