package org.cmmm.model.control;

import java.util.List;
import java.util.Objects;

/** A capability element (能力要素): 人员, 技术, 资源, 制造. */
public record Element(String code, LocalizedText name, List<Domain> domains) {

    public Element {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        domains = List.copyOf(domains);
    }
}
