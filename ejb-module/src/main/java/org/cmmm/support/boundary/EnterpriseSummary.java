package org.cmmm.support.boundary;

import java.io.Serializable;

/** An enterprise as the support search lists it, with the name of its region. */
public record EnterpriseSummary(long id, String name, String uscc, boolean legalEntity, String regionCode,
                                String regionName) implements Serializable {
}
