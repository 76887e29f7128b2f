package org.cmmm.statistics.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * A region above the viewer's, as the viewer may see it (small-cell protection): its average total and per
 * sub-domain average capability score, each {@code null} where hidden ("样本不足").
 */
public record Comparison(String regionPath, BigDecimal averageTotal, List<BigDecimal> capabilityAverages) {
}
