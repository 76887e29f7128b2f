package org.cmmm.statistics.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** The capability scores of one sub-domain in a cell: their sum and how many enterprises (those that did not tailor it). */
public record CapabilityTotal(String subDomain, BigDecimal sum, int count) {

    /** The average capability score, to two decimals; empty over no enterprise. */
    public Optional<BigDecimal> average() {
        return count == 0 ? Optional.empty() : Optional.of(sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP));
    }
}
