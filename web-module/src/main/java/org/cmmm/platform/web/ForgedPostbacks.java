package org.cmmm.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;
import jakarta.faces.view.ViewMetadata;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.util.Constants;

/**
 * Refuses a postback that no page of the platform could have sent, before any of it is applied, with 400 and the
 * expired page (web.xml: to a user it is a page gone stale) — never a 500 (issue 25, finding 4):
 * <ul>
 * <li>the script nonce ({@code primefaces.nonce}) missing, malformed or not the one of the restored view. PrimeFaces
 * checks it only when it renders the answer, after the post's values were applied and its action run, and its
 * exception then broke the rendering of the error page too (an empty 500);</li>
 * <li>a view state Mojarra cannot restore for a reason other than expiry ({@code ViewState=stateless} for a view
 * that is not stateless; an expired one is no forgery and gets the expired page);</li>
 * <li>a paginator position no paginator sends: a first row that is no number or negative, a page size the table
 * does not offer ({@code _rows=1000000}). PrimeFaces would parse the first into an exception and keep the second,
 * leaving the view broken for every later request on it; refused before decoding, the view stays as it was;</li>
 * <li>a view parameter sent with another value than the view was opened for (one's own answering page posted to
 * {@code ?id=<another's>}): 404, as that id opened by address.</li>
 * </ul>
 * Each refusal is logged once, as a warning with the reason and the view, never with the values posted.
 */
public class ForgedPostbacks extends ViewHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ForgedPostbacks.class.getName());

    /** PrimeFaces' name of the nonce parameter and of the view-map entry that keeps it (CspState). */
    static final String NONCE = Constants.RequestParams.NONCE_PARAM;

    public ForgedPostbacks(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
        boolean postback = parameters.containsKey(ResponseStateManager.VIEW_STATE_PARAM);
        if (!postback) {
            return super.restoreView(context, viewId);
        }
        String nonce = parameters.get(NONCE);
        if (!isWellFormed(nonce)) {
            return refuse(context, viewId, nonce == null || nonce.isEmpty() ? "no script nonce" : "a malformed script nonce");
        }
        UIViewRoot view;
        try {
            view = super.restoreView(context, viewId);
        } catch (ViewExpiredException expired) {
            throw expired;
        } catch (FacesException unrestorable) {
            return refuse(context, viewId, "a view state that cannot be restored (" + unrestorable.getMessage() + ")");
        }
        Map<String, Object> viewMap = view == null ? null : view.getViewMap(false);
        Object expected = viewMap == null ? null : viewMap.get(NONCE);
        String forged = expected != null && !Objects.equals(expected, nonce) ? "a script nonce that is not its view's"
                : forgedPaginator(context, view, parameters);
        if (forged != null) {
            return refuse(context, view, viewId, HttpServletResponse.SC_BAD_REQUEST, forged);
        }
        String changed = changedViewParameter(context, view, parameters);
        if (changed != null) {
            return refuse(context, view, viewId, HttpServletResponse.SC_NOT_FOUND, changed);
        }
        return view;
    }

    /**
     * The name of a view parameter the post sends with another value than the view was opened for, or null: a page's
     * subject ({@code ?id=}) is fixed when it is opened, and a post of one's own view to {@code ?id=<another's>} is
     * answered as that id opened by address would be, "not found".
     */
    private static String changedViewParameter(FacesContext context, UIViewRoot view, Map<String, String> parameters) {
        if (view == null) {
            return null;
        }
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(view)) {
            String sent = parameters.get(parameter.getName());
            if (sent != null && !sent.equals(Objects.toString(parameter.getStringValue(context), ""))) {
                return "the view parameter " + parameter.getName() + " changed on a postback";
            }
        }
        return null;
    }

    /** Why a paginator value posted for a data table of the view is none its paginator sends, or null. */
    private static String forgedPaginator(FacesContext context, UIViewRoot view, Map<String, String> parameters) {
        if (view == null) {
            return null;
        }
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            boolean first = name.endsWith(FIRST);
            if (!first && !name.endsWith(ROWS)) {
                continue;
            }
            String table = name.substring(0, name.length() - (first ? FIRST.length() : ROWS.length()));
            String[] reason = {null};
            view.invokeOnComponent(context, table, (ignored, component) -> {
                if (component instanceof DataTable data) {
                    boolean sent = first ? isFirstRow(parameter.getValue()) : isPageSize(parameter.getValue(), pageSizes(data));
                    reason[0] = sent ? null : "a paginator value no paginator sends (" + name + ")";
                }
            });
            if (reason[0] != null) {
                return reason[0];
            }
        }
        return null;
    }

    static final String FIRST = "_first";
    static final String ROWS = "_rows";

    /** The page sizes a table offers: its rows, and those of its rows-per-page choice. */
    static Set<Integer> pageSizes(DataTable table) {
        Set<Integer> sizes = new HashSet<>();
        sizes.add(table.getRows());
        String template = table.getRowsPerPageTemplate();
        if (template != null) {
            for (String option : template.split("[,\\s]+")) {
                if (option.matches("\\d{1,9}")) {
                    sizes.add(Integer.valueOf(option));
                }
            }
        }
        return sizes;
    }

    static boolean isFirstRow(String value) {
        return value != null && value.matches("\\d{1,9}");
    }

    static boolean isPageSize(String value, Set<Integer> offered) {
        return value != null && value.matches("\\d{1,9}") && offered.contains(Integer.valueOf(value));
    }

    /** A nonce as PrimeFaces makes them: a UUID's text in Base64. */
    static boolean isWellFormed(String nonce) {
        if (nonce == null || nonce.isEmpty() || nonce.length() > 64) {
            return false;
        }
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(nonce), StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /**
     * Answers 400 (or the status given) with the container's error page for it (rendered as a page of its own, see
     * SecurityHeadersFilter.FreshPage) and ends the request: nothing of the post is applied.
     */
    private static UIViewRoot refuse(FacesContext context, String viewId, String reason) {
        return refuse(context, null, viewId, HttpServletResponse.SC_BAD_REQUEST, reason);
    }

    /**
     * The restored view, when there is one, is handed on untouched: another root in its place would clear its view
     * map, and with it the page's view-scoped state, for every later request on that view.
     */
    private static UIViewRoot refuse(FacesContext context, UIViewRoot restored, String viewId, int status, String reason) {
        LOG.warning(() -> "A postback to " + viewId + " was refused with " + status + ": " + reason);
        ExternalContext external = context.getExternalContext();
        try {
            external.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        if (restored != null) {
            return restored;
        }
        // an empty view of the page, so that the lifecycle has one to end with (its state is never saved)
        UIViewRoot empty = context.getApplication().getViewHandler().createView(context, viewId);
        empty.setTransient(true);
        return empty;
    }
}
