package planted.model.control;

import planted.support.boundary.SupportThing;

/** Planted: the model (a low floor) imports support (a high one). */
public class UsesSupport {
    public Object reachUp() {
        return new SupportThing();
    }
}
