package org.cmmm.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cmmm.platform.control.BusinessException;
import org.junit.jupiter.api.Test;

class LevelGateTest {

    @Test
    void theCurrentLevelMayBeAnswered() {
        assertThatCode(() -> LevelGate.requireAnswerable(DiagnosisStatus.ANSWERING, 2, 2)).doesNotThrowAnyException();
    }

    @Test
    void aSubmittedLevelIsLocked() {
        assertThatThrownBy(() -> LevelGate.requireAnswerable(DiagnosisStatus.ANSWERING, 3, 2))
                .isInstanceOf(BusinessException.class).hasMessage("diagnosis.level.locked");
    }

    @Test
    void aLaterLevelIsNotOpenYet() {
        assertThatThrownBy(() -> LevelGate.requireAnswerable(DiagnosisStatus.ANSWERING, 1, 2))
                .isInstanceOf(BusinessException.class).hasMessage("diagnosis.level.notOpen");
    }

    @Test
    void nothingChangesBeforeBasicDataOrAfterCompletion() {
        assertThatThrownBy(() -> LevelGate.requireAnswerable(DiagnosisStatus.BASIC_DATA, 1, 1))
                .hasMessage("diagnosis.basicData.first");
        assertThatThrownBy(() -> LevelGate.requireAnswerable(DiagnosisStatus.COMPLETED, 2, 3))
                .hasMessage("diagnosis.completed");
    }

    @Test
    void aCompletedDiagnosissLevelsAreLockedLikeAnySubmittedLevel() {
        assertThatThrownBy(() -> LevelGate.requireAnswerable(DiagnosisStatus.COMPLETED, 2, 2))
                .hasMessage("diagnosis.level.locked");
        assertThatThrownBy(() -> LevelGate.requireAnswerable(DiagnosisStatus.COMPLETED, 2, 1))
                .hasMessage("diagnosis.level.locked");
    }
}
