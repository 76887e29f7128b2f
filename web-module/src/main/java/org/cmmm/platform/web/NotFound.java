package org.cmmm.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers the current page with "not found" (404, the error page): for an id that does not exist, that lies
 * outside the user's tenancy, or that is malformed — the three look alike on purpose.
 */
public final class NotFound {

    private NotFound() {
    }

    public static void send() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ((HttpServletResponse) context.getExternalContext().getResponse()).sendError(HttpServletResponse.SC_NOT_FOUND);
        context.responseComplete();
    }
}
