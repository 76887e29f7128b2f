package org.cmmm.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cmmm.platform.control.RunMode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The run mode of this installation (setting {@code cmmm.mode}), read in this one place. Without the setting
 * the platform runs in production: demo data and development adapters must be asked for, never inherited.
 */
@ApplicationScoped
public class PlatformMode {

    @Inject
    @ConfigProperty(name = "cmmm.mode", defaultValue = "production")
    String mode;

    public RunMode get() {
        return RunMode.of(mode);
    }

    /** Whether development-only helpers (demo data, the SMS page, development adapters) may be used. */
    public boolean isDevelopment() {
        return get().allowsDemoData();
    }

    /**
     * Refuses a development-only choice in production, naming the setting that made it (and its variable in
     * config/platform.env), so that the operator reads in the log what to change.
     */
    public void requireDevelopment(String setting) {
        if (!isDevelopment()) {
            throw new IllegalStateException("Production mode refuses the development adapter: " + setting
                    + " must be \"http\" in production mode (" + setting.toUpperCase(java.util.Locale.ROOT).replace('.', '_')
                    + " in config/platform.env)");
        }
    }
}
