package org.cmmm.sms.control;

/**
 * The result of checking an entered code against an {@link IssuedCode}.
 *
 * @param outcome what the check found
 * @param code    the issued code with its tries counted, to be stored again (on {@link Outcome#MATCH} the
 *                boundary discards it instead: a code confirms one action only)
 */
public record CodeCheck(Outcome outcome, IssuedCode code) {

    public enum Outcome {
        /** The entered code is the issued one, in time and within the tries. */
        MATCH,
        /** The entered code is not the issued one; the try is counted. */
        WRONG,
        /** The code is older than its validity; nothing was compared and no try is counted. */
        EXPIRED,
        /** Every try has been used; nothing was compared, even a right code is refused. */
        TOO_MANY_TRIES
    }

    /** The tries counted so far, including this one when a comparison was made. */
    public int tries() {
        return code.tries();
    }

    public boolean matched() {
        return outcome == Outcome.MATCH;
    }
}
