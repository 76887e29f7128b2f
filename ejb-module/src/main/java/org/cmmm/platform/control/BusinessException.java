package org.cmmm.platform.control;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The one business exception of the platform. It carries one or more {@link Fault}s — message-bundle keys with
 * their arguments, each at the form field it concerns or at none — never a user-facing sentence: the page turns
 * them into localized messages. A boundary that checks a form throws every fault of it at once, so a page never
 * has to run the rules itself to show them all.
 *
 * <p>Plain Java on purpose (rules throw it too); META-INF/ejb-jar.xml declares it an application exception that
 * rolls the boundary's transaction back.
 */
public class BusinessException extends RuntimeException {

    /** The fault of a call its caller may not make (the who-may-call declaration of a boundary refused it). */
    public static final String FORBIDDEN = "platform.forbidden";

    private final List<Fault> faults;

    public BusinessException(String messageKey, Serializable... arguments) {
        this(List.of(Fault.of(messageKey, arguments)));
    }

    private BusinessException(List<Fault> faults) {
        super(faults.get(0).key());
        this.faults = List.copyOf(faults);
    }

    /** An error about one field of a form (e.g. "uscc"), shown next to it. */
    public static BusinessException atField(String field, String messageKey, Serializable... arguments) {
        return new BusinessException(List.of(Fault.at(field, messageKey, arguments)));
    }

    /** Every fault of a form at once; at least one. */
    public static BusinessException of(Collection<Fault> faults) {
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("a business exception needs at least one fault");
        }
        return new BusinessException(List.copyOf(faults));
    }

    /** Throws the faults when there are any. */
    public static void throwIfAny(Collection<Fault> faults) {
        if (!faults.isEmpty()) {
            throw of(faults);
        }
    }

    public static BusinessException forbidden() {
        return new BusinessException(FORBIDDEN);
    }

    public List<Fault> faults() {
        return faults;
    }

    /** The key of the first fault. */
    public String messageKey() {
        return faults.get(0).key();
    }

    /** The arguments of the first fault. */
    public List<Serializable> arguments() {
        return faults.get(0).arguments();
    }

    /** The field of the first fault. */
    public Optional<String> field() {
        return faults.get(0).field();
    }

    /** Whether one of the faults has this key. */
    public boolean has(String messageKey) {
        return faults.stream().anyMatch(fault -> fault.key().equals(messageKey));
    }
}
