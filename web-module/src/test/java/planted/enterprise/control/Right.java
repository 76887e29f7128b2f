package planted.enterprise.control;

import planted.region.control.Left;

/** Planted: the other half of the region–enterprise cycle. */
public class Right {
    public Left left() {
        return null;
    }
}
