package org.cmmm.statistics.boundary;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What an enterprise is compared with in its report: the newest completed snapshot of its model version ({@code asOf}
 * null when there is none yet) and, in this order, its province, its industry division nationwide and its size class
 * nationwide. A figure stands for at least k enterprises or is {@code null} ("样本不足").
 */
public record PeerFigures(LocalDateTime asOf, int minimumCell, List<Peer> peers) {

    /** One group compared with: its kind, its key (a region path, a division code or a size) and its averages. */
    public record Peer(Kind kind, String key, BigDecimal averageTotal, List<BigDecimal> capabilityAverages) {
    }

    public enum Kind { PROVINCE, INDUSTRY_DIVISION, SIZE }

    public static PeerFigures none(int minimumCell) {
        return new PeerFigures(null, minimumCell, List.of());
    }
}
