package org.cmmm.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The status of /error/expired.xhtml. A post to a view that expired (or was forged) reaches that page as the
 * error page of a ViewExpiredException, and a post without the script nonce of its page as the one of PrimeFaces'
 * CspException, which the container answers with 500; it is the client's request that cannot be honoured, so a
 * full request gets 400 — a 500 is kept for the platform's own faults.
 */
@Named
@RequestScoped
public class ExpiredPageStatus {

    public void apply() {
        FacesContext context = FacesContext.getCurrentInstance();
        // an ajax request gets the page as a partial response (OmniFaces), which the browser must read as a success
        if (!context.getPartialViewContext().isAjaxRequest()) {
            ((HttpServletResponse) context.getExternalContext().getResponse()).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
