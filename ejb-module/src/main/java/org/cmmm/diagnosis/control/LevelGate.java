package org.cmmm.diagnosis.control;

import org.cmmm.platform.control.BusinessException;

/**
 * Which answers may change (manual §1.4 and §3.4): only those of the level being answered, while the diagnosis
 * is answering. A submitted level is locked for good; later levels open only when the one before is reached.
 */
public final class LevelGate {

    private LevelGate() {
    }

    public static void requireAnswerable(DiagnosisStatus status, int currentLevel, int questionLevel) {
        if (status == DiagnosisStatus.COMPLETED && questionLevel <= currentLevel) {
            // its last level was submitted (here, in another tab or by the countdown): that is the reason to give
            throw new BusinessException("diagnosis.level.locked", questionLevel);
        }
        if (status != DiagnosisStatus.ANSWERING) {
            throw new BusinessException(status == DiagnosisStatus.COMPLETED ? "diagnosis.completed" : "diagnosis.basicData.first");
        }
        if (questionLevel < currentLevel) {
            throw new BusinessException("diagnosis.level.locked", questionLevel);
        }
        if (questionLevel > currentLevel) {
            throw new BusinessException("diagnosis.level.notOpen", questionLevel);
        }
    }

    public static void requireSubmittable(DiagnosisStatus status, int currentLevel, int level) {
        requireAnswerable(status, currentLevel, level);
    }
}
