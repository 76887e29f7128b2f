package org.cmmm.platform.control;

import java.util.Locale;

/**
 * How the platform runs (setting {@code cmmm.mode}, environment {@code CMMM_MODE}). Development allows demo
 * data and development adapters; production refuses both, whatever other settings say.
 */
public enum RunMode {
    DEVELOPMENT, PRODUCTION;

    /** Reads a setting value; anything unknown is production, so a typo never turns demo data on. */
    public static RunMode of(String value) {
        return value != null && value.trim().toLowerCase(Locale.ROOT).equals("development") ? DEVELOPMENT : PRODUCTION;
    }

    public boolean allowsDemoData() {
        return this == DEVELOPMENT;
    }
}
