package org.cmmm.support.boundary;

/** The unit support created and its account. */
public record CreatedUnit(long enterpriseId, long accountId) {
}
