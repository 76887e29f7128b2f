package org.cmmm.platform.web;

import org.primefaces.PrimeFaces;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIComponent;
import java.util.List;
import java.util.ArrayList;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Map;
import java.util.function.Function;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.control.Fault;

/**
 * Turns message keys into text in the user's language, and into Faces messages at a field or at the top of
 * the page. Boundaries speak in keys ({@link BusinessException}); only pages speak in sentences.
 */
public final class Texts {

    public static final String BUNDLE = "org.cmmm.web.messages";

    private Texts() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = key; // a missing key shows itself, and MessageBundlesTest catches it before release
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public static String text(String key, Object... arguments) {
        return text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }

    /** An error shown at the field with this client id, or at the top of the page when it is null. */
    public static void error(String clientId, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    public static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /** Goes to another page of the platform (e.g. "/account/login.xhtml") and shows an information there. */
    public static void redirectWithInfo(String path, String key, Object... arguments) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        info(key, arguments);
        context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + path);
    }

    /** Shows every fault of a refused call at the top of the page. */
    public static void errors(BusinessException refused) {
        errors(refused, field -> null);
    }

    /**
     * Shows every fault of a refused call at the component of its field in a form: {@code form} is the client id
     * prefix (e.g. "unit:"), and a field is shown at the component of its own name unless {@code componentOfField}
     * names another (a region code at its province picker). Faults without a field go to the top.
     */
    public static void errorsInForm(BusinessException refused, String form, Map<String, String> componentOfField) {
        errors(refused, field -> field == null ? null : form + componentOfField.getOrDefault(field, field));
        summarize(refused, field -> form + componentOfField.getOrDefault(field, field));
    }

    /** The request attribute holding the faulty fields of a refused form, for {@code WEB-INF/includes/fault-links.xhtml}. */
    public static final String FAULT_LINKS = "cmmm.faultLinks";

    /** A link from the summary at the top of a form to a faulty field: its client id and what is wrong there. */
    public record FaultLink(String clientId, String text) {
    }

    /**
     * A form refused at some of its fields: a summary at the top ("有 n 项需要修改") with a link to each field, the
     * fields marked invalid, and the keyboard on the first, so that an error above the viewport is not missed.
     */
    private static void summarize(BusinessException refused, Function<String, String> componentOf) {
        List<FaultLink> links = new ArrayList<>();
        for (Fault fault : refused.faults()) {
            if (fault.fieldOrNull() != null && links.stream().noneMatch(link -> link.clientId().equals(componentOf.apply(fault.fieldOrNull())))) {
                links.add(new FaultLink(componentOf.apply(fault.fieldOrNull()), text(fault.key(), fault.arguments().toArray())));
            }
        }
        if (links.isEmpty()) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getRequestMap().put(FAULT_LINKS, links);
        error(null, "form.faults", links.size());
        for (FaultLink link : links) {
            UIComponent field = context.getViewRoot().findComponent(link.clientId());
            if (field instanceof UIInput input) {
                input.setValid(false);
            }
        }
        if (context.getPartialViewContext().isAjaxRequest()) {
            PrimeFaces.current().focus(links.get(0).clientId());
        }
    }

    public static void errorsInForm(BusinessException refused, String form) {
        errorsInForm(refused, form, Map.of());
    }

    /**
     * Shows every fault of a refused call, each at the client id {@code componentOf} gives its field (the field is
     * null for a fault about no field in particular; a null client id is the top of the page).
     */
    public static void errors(BusinessException refused, Function<String, String> componentOf) {
        for (Fault fault : refused.faults()) {
            error(componentOf.apply(fault.fieldOrNull()), fault.key(), fault.arguments().toArray());
        }
    }
}
