package org.cmmm.sms.web;

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

    @Inject
    PlatformMode mode;

    public void requireDevelopment() throws IOException {
        if (!mode.isDevelopment()) {
            NotFound.send();
        }
    }

    public List<DevelopmentSmsGateway.SentMessage> getMessages() {
        return DevelopmentSmsGateway.latest();
    }
}
