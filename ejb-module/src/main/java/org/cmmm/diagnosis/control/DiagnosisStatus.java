package org.cmmm.diagnosis.control;

/**
 * Where a diagnosis stands (manual §1.2–1.4): tailoring is fixed when it starts; then the basic-data
 * questionnaire; then levels 1 to 5 in order; it ends COMPLETED at the first level not reached or after level 5.
 */
public enum DiagnosisStatus {
    /** Started with its tailoring; the basic-data questionnaire is being filled in. */
    BASIC_DATA,
    /** Basic data submitted and locked; answering the current level. */
    ANSWERING,
    /** Finished: scored, with a total and a maturity level. */
    COMPLETED;

    public boolean isInProgress() {
        return this != COMPLETED;
    }
}
