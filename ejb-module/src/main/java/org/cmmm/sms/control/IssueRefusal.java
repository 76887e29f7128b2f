package org.cmmm.sms.control;

import java.io.Serializable;
import java.util.List;
import org.cmmm.platform.control.BusinessException;

/**
 * Why no code may be sent now, as a message key with its arguments, so the page can say it next to the
 * "send code" button (e.g. "try again in 42 s") or the boundary can throw it.
 */
public record IssueRefusal(String messageKey, List<Serializable> arguments) {

    public IssueRefusal {
        arguments = List.copyOf(arguments);
    }

    /** {@code sms.resend.tooSoon} with the whole seconds to wait, rounded up. */
    public static IssueRefusal tooSoon(long secondsLeft) {
        return new IssueRefusal(VerificationCodePolicy.FAULT_TOO_SOON, List.of(secondsLeft));
    }

    /** {@code sms.dailyCap} with the cap. */
    public static IssueRefusal dailyCap(int cap) {
        return new IssueRefusal(VerificationCodePolicy.FAULT_DAILY_CAP, List.of(cap));
    }

    public BusinessException toException() {
        return new BusinessException(messageKey, arguments.toArray(Serializable[]::new));
    }
}
