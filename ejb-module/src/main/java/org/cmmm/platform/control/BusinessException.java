package org.cmmm.platform.control;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;

/**
 * The one business exception of the platform. It carries a message-bundle key (and its arguments), never
 * a user-facing sentence: the page turns the key into a localized message. Thrown from a boundary it rolls
 * the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final List<Serializable> arguments;

    public BusinessException(String messageKey, Serializable... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Serializable> arguments() {
        return arguments;
    }
}
