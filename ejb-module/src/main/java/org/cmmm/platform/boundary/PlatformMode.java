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

    /** The database password config/platform.env ships for a local trial: published, so never one of production. */
    public static final String PUBLISHED_DATABASE_PASSWORD = "cmmm-dev-only";

    /**
     * Refuses in production a secret whose value is published (the trial's database password in config/platform.env),
     * naming the setting, so that a production installation copied from the trial settings does not start on it.
     */
    public void refusePublished(String setting, String value, String published) {
        if (!isDevelopment() && published.equals(value)) {
            throw new IllegalStateException("Production mode refuses the published development value of " + setting + ": "
                    + setting + " must be a secret of your own in production mode (" + variable(setting)
                    + " in config/platform.env)");
        }
    }

    private static String variable(String setting) {
        return setting.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }

    /**
     * Refuses a development-only choice in production, naming the setting that made it (and its variable in
     * config/platform.env), so that the operator reads in the log what to change.
     */
    public void requireDevelopment(String setting) {
        if (!isDevelopment()) {
            throw new IllegalStateException("Production mode refuses the development adapter: " + setting
                    + " must be \"http\" in production mode (" + variable(setting) + " in config/platform.env)");
        }
    }
}
