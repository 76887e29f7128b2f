package org.cmmm.load;

import java.time.Duration;

/** The load tests' options, given as system properties ({@code -Dload.…}). */
final class Settings {

    private Settings() {
    }

    /** A pause range "min-max" in milliseconds (or one value), as two durations. */
    static Duration[] millis(String name, long min, long max) {
        String value = System.getProperty(name);
        if (value != null && !value.isBlank()) {
            String[] bounds = value.strip().split("-", 2);
            min = Long.parseLong(bounds[0].strip());
            max = bounds.length > 1 ? Long.parseLong(bounds[1].strip()) : min;
        }
        return new Duration[] {Duration.ofMillis(min), Duration.ofMillis(max)};
    }
}
