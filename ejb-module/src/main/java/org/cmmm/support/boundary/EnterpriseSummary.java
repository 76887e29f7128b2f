package org.cmmm.support.boundary;

import java.io.Serializable;

/** An enterprise as the support search lists it, with the path of its region (the page names it in its language). */
public record EnterpriseSummary(long id, String name, String uscc, boolean legalEntity, String regionCode,
                                String regionPath) implements Serializable {
}
