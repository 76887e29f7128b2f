package planted.region.control;

import planted.enterprise.control.Right;

/** Planted: region and enterprise import each other (a cycle). */
public class Left {
    public Right right() {
        return null;
    }
}
