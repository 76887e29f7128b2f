package org.cmmm.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages with list items that stay list items: PrimeFaces gives each {@code <li>} the role "alert",
 * which makes it no list item any more, so the list is malformed for assistive technology (axe-core "list", WCAG
 * 1.3.1). The box around the list already announces changes ({@code aria-live}); the items need no role.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages messages, FacesMessage message, String severity,
                                 boolean escape) throws IOException {
        super.encodeMessage(new ResponseWriterWrapper(writer) {
            private String element;

            @Override
            public void startElement(String name, UIComponent component) throws IOException {
                element = name;
                super.startElement(name, component);
            }

            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if ("li".equals(element) && ("role".equals(name) || "aria-atomic".equals(name))) {
                    return;
                }
                super.writeAttribute(name, value, property);
            }
        }, messages, message, severity, escape);
    }
}
