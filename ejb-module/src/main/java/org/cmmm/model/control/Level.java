package org.cmmm.model.control;

import java.util.Objects;

/** One of the five maturity levels (成熟度等级), 1 规划级 … 5 引领级 (GB/T 39116 §5). */
public record Level(int number, String code, LocalizedText name, LocalizedText description) {

    public Level {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
