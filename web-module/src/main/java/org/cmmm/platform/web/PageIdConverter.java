package org.cmmm.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.util.regex.Pattern;

/**
 * The id of a page's subject as it arrives in the URL ({@code ?id=…}): 1–18 digits, so that it fits a Java long.
 * Anything else ({@code abc}, {@code 2.0}, {@code 9223372036854775808}, {@code -1}) becomes no id, which the page
 * answers with "not found" (404) like an id it may not see; a conversion error would skip the page's load
 * action and end in a 500.
 */
@FacesConverter("cmmm.pageId")
public class PageIdConverter implements Converter<Long> {

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        return parse(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }

    static Long parse(String value) {
        return value != null && ID.matcher(value).matches() ? Long.valueOf(value) : null;
    }
}
