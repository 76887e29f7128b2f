package org.cmmm.sms.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.cmmm.platform.control.Clocks;
import org.cmmm.platform.web.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.cmmm.platform.boundary.PlatformMode;
import org.cmmm.sms.boundary.DevelopmentSmsGateway;

/**
 * State of /dev/sms.xhtml: the codes the development SMS adapter "sent", so that a developer (or a browser
 * test) can register and reset passwords without a phone. Answers 404 outside development mode.
 */
@Named
@RequestScoped
public class DevSmsBacking {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Messages the page shows when no mobile number is asked for: the newest. */
    private static final int SHOWN = 50;

    @Inject
    PlatformMode mode;

    /** The view parameter mobile: only the messages to this number (a developer's or a load test's own). */
    private String mobile;

    public void requireDevelopment() throws IOException {
        if (!mode.isDevelopment()) {
            NotFound.send();
        }
    }

    public List<DevelopmentSmsGateway.SentMessage> getMessages() {
        List<DevelopmentSmsGateway.SentMessage> latest = DevelopmentSmsGateway.latest();
        if (mobile == null || mobile.isBlank()) {
            return latest.subList(0, Math.min(SHOWN, latest.size()));
        }
        return latest.stream().filter(message -> message.mobile().equals(mobile.strip())).toList();
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    /** The user names a reminder told, as the message lists them. */
    public String userNames(DevelopmentSmsGateway.SentMessage message) {
        return String.join("、", message.userNames());
    }

    /** When a message was sent, as a person in China reads it: Beijing time to the second. */
    public String at(Instant sent) {
        return SECONDS.format(sent.atZone(Clocks.BEIJING));
    }
}
