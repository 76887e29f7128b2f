package org.cmmm.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Set;

/**
 * Views a visitor reads without a form — the home page, the model, the blank questionnaire, the error pages — are
 * made transient as soon as they are restored, so that reading them keeps no view state and creates no session on
 * the server. It must happen this early, not with {@code f:view transient} in the page nor in a view handler:
 * PrimeFaces' CSP mode asks for the page's script nonce before rendering and keeps it in the view map (which
 * Mojarra keeps in the session) unless the view is transient by then, and Mojarra builds the view of a GET request
 * from its metadata without calling the view handler. A signed-in user has a session anyway, and their header
 * carries a form (sign out).
 */
public class StatelessViews implements PhaseListener {

    private static final Set<String> STATELESS = Set.of("/index.xhtml", "/model/overview.xhtml", "/model/questionnaire.xhtml");

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (view != null && !context.isPostback() && isStateless(view.getViewId())
                && context.getExternalContext().getUserPrincipal() == null) {
            view.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view exists
    }

    static boolean isStateless(String viewId) {
        return viewId != null && (STATELESS.contains(viewId) || viewId.startsWith("/error/"));
    }
}
