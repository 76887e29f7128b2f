package org.cmmm.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunModeTest {

    @Test
    void developmentAllowsDemoData() {
        assertThat(RunMode.of("development").allowsDemoData()).isTrue();
        assertThat(RunMode.of(" Development ").allowsDemoData()).isTrue();
    }

    @Test
    void productionNeverAllowsDemoData() {
        assertThat(RunMode.of("production").allowsDemoData()).isFalse();
    }

    @Test
    void anUnknownOrMissingModeIsProductionSoATypoNeverSeedsDemoData() {
        assertThat(RunMode.of("develop")).isEqualTo(RunMode.PRODUCTION);
        assertThat(RunMode.of(null)).isEqualTo(RunMode.PRODUCTION);
    }
}
