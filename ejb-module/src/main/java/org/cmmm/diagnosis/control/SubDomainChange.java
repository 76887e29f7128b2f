package org.cmmm.diagnosis.control;

import java.util.Objects;
import org.cmmm.model.control.Ratio;

/** How one sub-domain's score moved between two diagnoses, at the level they are compared at. */
public record SubDomainChange(String subDomain, Ratio previous, Ratio current) {

    public SubDomainChange {
        Objects.requireNonNull(subDomain, "subDomain");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
    }

    /** This score − the previous score: positive is an improvement. */
    public Ratio change() {
        return current.subtract(previous);
    }

    /** The change as shown, always signed: "+0.25", "-0.30", "0.00". */
    public String display() {
        return DiagnosisComparison.signed(change());
    }
}
