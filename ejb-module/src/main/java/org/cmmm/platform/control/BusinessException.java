package org.cmmm.platform.control;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The one business exception of the platform. It carries a message-bundle key (and its arguments), never
 * a user-facing sentence: the page turns the key into a localized message, at the form field it names when
 * it names one. Thrown from a boundary it rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final List<Serializable> arguments;
    private final String field;

    public BusinessException(String messageKey, Serializable... arguments) {
        this(null, messageKey, arguments);
    }

    private BusinessException(String field, String messageKey, Serializable... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
        this.field = field;
    }

    /** An error about one field of a form (e.g. "uscc"), shown next to it. */
    public static BusinessException atField(String field, String messageKey, Serializable... arguments) {
        return new BusinessException(field, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Serializable> arguments() {
        return arguments;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
