package org.cmmm.sms.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
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
            FacesContext context = FacesContext.getCurrentInstance();
            ((HttpServletResponse) context.getExternalContext().getResponse()).sendError(HttpServletResponse.SC_NOT_FOUND);
            context.responseComplete();
        }
    }

    public List<DevelopmentSmsGateway.SentMessage> getMessages() {
        return DevelopmentSmsGateway.latest();
    }
}
