package org.cmmm.statistics.boundary;

import static org.cmmm.platform.control.Role.ADMIN;
import static org.cmmm.platform.control.Role.ENTERPRISE;
import static org.cmmm.platform.control.Role.REGION_ADMIN;
import static org.cmmm.platform.control.Role.SUPPORT;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cmmm.platform.boundary.AcrossRegions;
import org.cmmm.platform.boundary.Allowed;
import org.cmmm.statistics.control.CapabilityTotal;
import org.cmmm.statistics.control.SmallCells;
import org.cmmm.statistics.entity.StatisticsCell;
import org.cmmm.statistics.entity.StatisticsSnapshot;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The peer benchmark of a report (issue 14): the averages of the groups an enterprise belongs to, from the newest
 * completed snapshot of the enterprise's model version (versions are never mixed). The groups reach beyond anyone's
 * tenancy, so every figure passes small-cell protection on its own ({@link SmallCells#shown}): an average of fewer
 * than k enterprises is not given at all. Totals are not rounded here; the report formats them.
 */
@Stateless
@Allowed({ENTERPRISE, REGION_ADMIN, SUPPORT, ADMIN})
public class PeerBenchmark {

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "cmmm.statistics.min.cell", defaultValue = "5")
    int minimumCell;

    /**
     * @param provincePath the enterprise's province, {@code /320000/}
     * @param division     its industry division, {@code 33}
     * @param size         its size class, {@code SMALL}
     */
    @AcrossRegions
    public PeerFigures figuresAcrossRegions(String modelVersion, String provincePath, String division, String size) {
        Optional<Object[]> newest = em.createNamedQuery(StatisticsSnapshot.SHOWN, Object[].class).getResultStream()
                .filter(row -> ((StatisticsSnapshot) row[0]).getModelVersion().equals(modelVersion))
                .findFirst();
        if (newest.isEmpty()) {
            return PeerFigures.none(minimumCell);
        }
        long snapshot = ((StatisticsSnapshot) newest.get()[0]).getId();
        SmallCells protection = new SmallCells(minimumCell);
        List<PeerFigures.Peer> peers = new ArrayList<>();
        peer(protection, snapshot, PeerFigures.Kind.PROVINCE, provincePath, provincePath, StatisticsCell.ALL, StatisticsCell.ALL)
                .ifPresent(peers::add);
        peer(protection, snapshot, PeerFigures.Kind.INDUSTRY_DIVISION, division, StatisticsCell.NATION, division, StatisticsCell.ALL)
                .ifPresent(peers::add);
        peer(protection, snapshot, PeerFigures.Kind.SIZE, size, StatisticsCell.NATION, StatisticsCell.ALL, size)
                .ifPresent(peers::add);
        return new PeerFigures((LocalDateTime) newest.get()[1], minimumCell, peers);
    }

    /** A group without a cell (no enterprise of it was registered at the as-of instant) is left out. */
    private Optional<PeerFigures.Peer> peer(SmallCells protection, long snapshot, PeerFigures.Kind kind, String key,
                                            String region, String industry, String size) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(StatisticsCell.ONE, StatisticsCell.class)
                .setParameter("snapshot", snapshot).setParameter("region", region)
                .setParameter("industry", industry).setParameter("size", size)
                .getResultStream().findFirst()
                .map(cell -> new PeerFigures.Peer(kind, key,
                        protection.shown(cell.getDiagnosed()) ? StatisticsDashboard.average(cell).orElse(null) : null,
                        cell.getCapabilities().stream().map(capability -> shown(protection, capability)).toList()));
    }

    private static BigDecimal shown(SmallCells protection, CapabilityTotal capability) {
        return protection.shown(capability.count()) ? capability.average().orElse(null) : null;
    }
}
