package org.cmmm.audit.control;

import org.cmmm.platform.control.FormFaults;

/**
 * The actor of an audit entry as it is stored: whoever acted, or for a sign-in the user name as typed — which is
 * anything a visitor sends. Stored as typed, a NUL, a terminal escape ({@code ESC[31m}) or a right-to-left override
 * would forge what a reader of the log or an export of it sees, and a name longer than the column failed the insert,
 * so that the failed sign-in went unaudited (issue 25, finding 6). So every character that is not shown as itself
 * ({@link FormFaults#isInvisible}) is written as its escape {@code \u001B}, and a name longer than the column is
 * cut, whole characters and escapes only, with {@value #CUT} at its end.
 */
public final class AuditActor {

    /** The length of the column audit_entry.actor, in characters. */
    public static final int MAX_LENGTH = 32;
    /** The end of an actor that was cut. */
    public static final String CUT = "…";
    /** The actor of an attempt that named nobody (an empty user name). */
    public static final String NOBODY = "-";

    private AuditActor() {
    }

    public static String of(String typed) {
        if (typed == null || typed.isBlank()) {
            return NOBODY;
        }
        StringBuilder actor = new StringBuilder();
        int[] codePoints = typed.strip().codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            String shown = FormFaults.isInvisible(codePoints[i]) ? String.format("\\u%04X", codePoints[i])
                    : new String(Character.toChars(codePoints[i]));
            boolean last = i == codePoints.length - 1;
            int room = MAX_LENGTH - (last ? 0 : CUT.length());
            if (length(actor) + length(shown) > room) {
                return actor.append(CUT).toString();
            }
            actor.append(shown);
        }
        return actor.toString();
    }

    /** Length in characters as the database counts them (code points). */
    private static int length(CharSequence text) {
        return (int) text.codePoints().count();
    }
}
