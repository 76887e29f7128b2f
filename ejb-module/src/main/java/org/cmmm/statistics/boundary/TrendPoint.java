package org.cmmm.statistics.boundary;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A region's headline figures in one snapshot: how coverage and the average total moved over time. */
public record TrendPoint(LocalDateTime asOf, int registered, int diagnosed, BigDecimal averageTotal) {
}
