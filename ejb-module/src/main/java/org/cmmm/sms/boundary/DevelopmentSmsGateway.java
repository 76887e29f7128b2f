package org.cmmm.sms.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Logger;
import org.cmmm.sms.control.MobileNumber;

/** Development adapter: no SMS leaves the machine; codes go to the server log and to /dev/sms.xhtml. */
public class DevelopmentSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(DevelopmentSmsGateway.class.getName());
    /** Enough for the load test's registration burst (50 a second) to find each code by its mobile number. */
    private static final int KEPT = 1000;
    private static final Deque<SentMessage> SENT = new ConcurrentLinkedDeque<>();

    /** A message the development adapter "sent": a verification code, or user names (then the code is null). */
    public record SentMessage(Instant at, String mobile, String code, List<String> userNames) {
    }

    @Override
    public boolean sendCode(String mobile, String code, int validMinutes) {
        LOG.info(() -> "[development SMS] to " + MobileNumber.mask(mobile) + ": verification code " + code + ", valid " + validMinutes + " min");
        return keep(new SentMessage(Instant.now(), mobile, code, List.of()));
    }

    @Override
    public boolean sendUserNames(String mobile, List<String> userNames) {
        LOG.info(() -> "[development SMS] to " + MobileNumber.mask(mobile) + ": user names of " + userNames.size() + " account(s)");
        return keep(new SentMessage(Instant.now(), mobile, null, List.copyOf(userNames)));
    }

    private static boolean keep(SentMessage message) {
        SENT.addFirst(message);
        while (SENT.size() > KEPT) {
            SENT.removeLast();
        }
        return true;
    }

    /** The latest messages, newest first. */
    public static List<SentMessage> latest() {
        return new ArrayList<>(SENT);
    }
}
