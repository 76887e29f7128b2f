package org.cmmm.platform.boundary;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class PlatformModeTest {

    private static PlatformMode in(String mode) {
        PlatformMode platform = new PlatformMode();
        platform.mode = mode;
        return platform;
    }

    @Test
    void productionRefusesThePublishedDatabasePasswordNamingTheSetting() {
        assertThatIllegalStateException().isThrownBy(() -> in("production")
                        .refusePublished("cmmm.db.password", "cmmm-dev-only", PlatformMode.PUBLISHED_DATABASE_PASSWORD))
                .withMessageContaining("cmmm.db.password must be a secret of your own")
                .withMessageContaining("CMMM_DB_PASSWORD in config/platform.env");
    }

    @Test
    void aPasswordOfItsOwnOrATrialStarts() {
        assertThatCode(() -> in("production").refusePublished("cmmm.db.password", "s3cret-of-ours", PlatformMode.PUBLISHED_DATABASE_PASSWORD))
                .doesNotThrowAnyException();
        assertThatCode(() -> in("development").refusePublished("cmmm.db.password", "cmmm-dev-only", PlatformMode.PUBLISHED_DATABASE_PASSWORD))
                .doesNotThrowAnyException();
    }
}
