package org.cmmm.statistics.boundary;

import static org.cmmm.platform.control.Role.ADMIN;
import static org.cmmm.platform.control.Role.REGION_ADMIN;
import static org.cmmm.platform.control.Role.SUPPORT;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cmmm.diagnosis.entity.LatestValid;
import org.cmmm.platform.boundary.AcrossRegions;
import org.cmmm.platform.boundary.Allowed;
import org.cmmm.platform.boundary.CurrentAccount;
import org.cmmm.platform.control.AccountPrincipal;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.region.boundary.TenancyInterceptor;
import org.cmmm.region.control.RegionPath;
import org.cmmm.statistics.control.CapabilityTotal;
import org.cmmm.statistics.control.SmallCells;
import org.cmmm.statistics.entity.StatisticsCell;
import org.cmmm.statistics.entity.StatisticsSnapshot;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The figures of the regional dashboard, read from completed snapshots. A regional administrator reads the cells of
 * their region and of every region below it (the tenant rule on {@link StatisticsCell}); the regions above are
 * only compared with, through small-cell protection ({@link #comparisonsAcrossRegions}). Support and
 * administrators read every region.
 */
@Stateless
@Allowed({REGION_ADMIN, SUPPORT, ADMIN})
public class StatisticsDashboard {

    public static final String FAULT_NO_FIGURES = "statistics.region.noFigures";

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "cmmm.statistics.min.cell", defaultValue = "5")
    int minimumCell;

    /** The snapshots to choose from, newest first (each model version of a run is a snapshot of its own). */
    public List<SnapshotChoice> snapshots() {
        List<SnapshotChoice> choices = new ArrayList<>();
        for (Object[] row : em.createNamedQuery(StatisticsSnapshot.SHOWN, Object[].class).getResultList()) {
            StatisticsSnapshot snapshot = (StatisticsSnapshot) row[0];
            choices.add(new SnapshotChoice(snapshot.getId(), (LocalDateTime) row[1], snapshot.getModelVersion()));
        }
        return choices;
    }

    /** The cell of a region (all industries, all sizes), or "no figures" when it has none the user may see. */
    public StatisticsCell headline(long snapshotId, String regionPath) {
        return cell(snapshotId, regionPath, StatisticsCell.ALL, StatisticsCell.ALL)
                .orElseThrow(() -> new BusinessException(FAULT_NO_FIGURES));
    }

    /** The regions directly below, each with all industries and sizes (none outside the user's tenancy). */
    public List<StatisticsCell> children(long snapshotId, String regionPath) {
        boolean nation = StatisticsCell.NATION.equals(regionPath);
        return em.createNamedQuery(StatisticsCell.CHILDREN, StatisticsCell.class)
                .setParameter("snapshot", snapshotId)
                .setParameter("below", (nation ? "" : regionPath) + "%")
                .setParameter("depth", (nation ? 0 : RegionPath.parse(regionPath).depth()) + 1)
                .getResultList();
    }

    /** The region by industry section and division. */
    public List<StatisticsCell> industries(long snapshotId, String regionPath) {
        return em.createNamedQuery(StatisticsCell.INDUSTRIES, StatisticsCell.class)
                .setParameter("snapshot", snapshotId).setParameter("region", regionPath).getResultList();
    }

    /** The region by enterprise size. */
    public List<StatisticsCell> sizes(long snapshotId, String regionPath) {
        return em.createNamedQuery(StatisticsCell.SIZES, StatisticsCell.class)
                .setParameter("snapshot", snapshotId).setParameter("region", regionPath).getResultList();
    }

    /** The region's headline in every completed snapshot of the same model version, oldest first. */
    public List<TrendPoint> trend(long snapshotId, String regionPath) {
        StatisticsSnapshot chosen = em.find(StatisticsSnapshot.class, snapshotId);
        if (chosen == null) {
            throw new BusinessException(FAULT_NO_FIGURES);
        }
        List<TrendPoint> points = new ArrayList<>();
        for (Object[] row : em.createQuery("select c, r.asOf from StatisticsCell c, StatisticsSnapshot s, StatisticsRun r"
                        + " where c.snapshotId = s.id and s.runId = r.id and r.status = org.cmmm.statistics.control.RunStatus.COMPLETED"
                        + " and s.modelVersion = :version and c.regionPath = :region and c.industry = '*' and c.size = '*'"
                        + " order by r.asOf", Object[].class)
                .setParameter("version", chosen.getModelVersion()).setParameter("region", regionPath).getResultList()) {
            StatisticsCell cell = (StatisticsCell) row[0];
            points.add(new TrendPoint((LocalDateTime) row[1], cell.getRegistered(), cell.getDiagnosed(), average(cell).orElse(null)));
        }
        return points;
    }

    /**
     * The regions above the user's region, up to the nation, nearest first: each figure shown only where small-cell
     * protection lets it ({@link SmallCells}: at least k enterprises, and at least k more than every figure shown
     * below it). Reads across regions by design; the user's own region must be one they may read.
     */
    @AcrossRegions
    public List<Comparison> comparisonsAcrossRegions(long snapshotId, String regionPath) {
        if (!mayRead(regionPath)) {
            throw new BusinessException(FAULT_NO_FIGURES);
        }
        RegionPath own = StatisticsCell.NATION.equals(regionPath) ? null : RegionPath.parse(regionPath);
        List<StatisticsCell> chain = new ArrayList<>();
        chain.add(headline(snapshotId, regionPath));
        for (RegionPath above = own; above != null; above = above.parent().orElse(null)) {
            if (above != own) {
                cell(snapshotId, above.toString(), StatisticsCell.ALL, StatisticsCell.ALL).ifPresent(chain::add);
            }
        }
        if (own != null) {
            cell(snapshotId, StatisticsCell.NATION, StatisticsCell.ALL, StatisticsCell.ALL).ifPresent(chain::add);
        }
        SmallCells protection = new SmallCells(minimumCell);
        List<Boolean> totalsShown = protection.shownAlong(chain.stream().mapToLong(StatisticsCell::getDiagnosed).toArray());
        List<List<Boolean>> capabilitiesShown = new ArrayList<>();
        int subDomains = chain.get(0).getCapabilities().size();
        for (int i = 0; i < subDomains; i++) {
            int index = i;
            capabilitiesShown.add(protection.shownAlong(chain.stream()
                    .mapToLong(cell -> cell.getCapabilities().get(index).count()).toArray()));
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (int level = 1; level < chain.size(); level++) {
            StatisticsCell cell = chain.get(level);
            List<BigDecimal> capabilities = new ArrayList<>();
            for (int i = 0; i < subDomains; i++) {
                capabilities.add(capabilitiesShown.get(i).get(level) ? cell.getCapabilities().get(i).average().orElse(null) : null);
            }
            comparisons.add(new Comparison(cell.getRegionPath(), totalsShown.get(level) ? average(cell).orElse(null) : null,
                    capabilities));
        }
        return comparisons;
    }

    /**
     * Whether the user may read the figures of a region ('/' the nation): the tenant rule's predicate, for the page
     * to answer a region outside the user's tenancy as "not found" before it looks for a snapshot.
     */
    public boolean mayRead(String regionPath) {
        RegionPath region = StatisticsCell.NATION.equals(regionPath) ? null : RegionPath.parse(regionPath);
        return TenancyInterceptor.currentScope().permitsRegion(region);
    }

    /** Where the user's dashboard opens: a regional administrator's own region, the nation ('/') for staff. */
    public String homeRegion() {
        return CurrentAccount.principal().map(AccountPrincipal::regionPath).filter(path -> path != null && !path.isBlank())
                .orElse(StatisticsCell.NATION);
    }

    /**
     * The enterprises of a region (and below) with their latest valid diagnosis now, best total first (equal totals
     * in the order the enterprises registered: the index latest_valid_best serves the page without sorting the
     * region's rows): the list under the figures. The tenant rule applies to both the table and the enterprises; a page of {@code max} from
     * {@code first}.
     */
    public List<EnterpriseRow> enterprises(String regionPath, EnterpriseFilter filter, int first, int max) {
        // First the page's ids alone, read from latest_valid_best in order without leaving the index; then their
        // rows with their names. Selecting whole rows in the first query made MariaDB fetch the row of every index
        // entry it passed before checking the region and level (0.4–0.55 s for a level of a province at a
        // million; the ids alone 20–30 ms); joining enterprise to it made MariaDB drive a large province
        // (Guangdong) from enterprise and sort it. Joined by the page's ids, both are key lookups.
        var ids = em.createQuery("select lv.enterpriseId from LatestValid lv where " + conditions(filter)
                + " order by lv.totalScore desc, lv.enterpriseId", Long.class);
        bind(ids, regionPath, filter);
        List<Long> page = ids.setFirstResult(Math.max(0, first)).setMaxResults(max).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, EnterpriseRow> found = new HashMap<>();
        for (Object[] row : em.createQuery("select lv, e.name from LatestValid lv, Enterprise e"
                + " where e.id = lv.enterpriseId and lv.enterpriseId in :ids", Object[].class)
                .setParameter("ids", page).getResultList()) {
            LatestValid latest = (LatestValid) row[0];
            found.put(latest.getEnterpriseId(), new EnterpriseRow(latest.getEnterpriseId(), (String) row[1],
                    latest.getRegionPath(), latest.getIndustryCode(), latest.getSize(), latest.getMaturityLevel(),
                    latest.getTotalScore(), latest.getCompletedAt(), latest.getDiagnosisId()));
        }
        // in the page's order; the tenant rule holds in both queries (and a row can go meanwhile)
        return page.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    public long enterpriseCount(String regionPath, EnterpriseFilter filter) {
        // no join: the rows' own region decides (the tenant rule applies to LatestValid as to Enterprise), and
        // counting a province's rows by the region index alone takes a tenth of the time of counting them joined
        var query = em.createQuery("select count(lv) from LatestValid lv where "
                + conditions(filter), Long.class);
        bind(query, regionPath, filter);
        return query.getSingleResult();
    }

    private static String conditions(EnterpriseFilter filter) {
        StringBuilder where = new StringBuilder("lv.regionPath like :below");
        if (filter.level() != null) {
            where.append(" and lv.maturityLevel = :level");
        }
        if (present(filter.industry())) {
            where.append(" and (lv.industryDivision = :industry or lv.industrySection = :industry)");
        }
        if (present(filter.size())) {
            where.append(" and lv.size = :size");
        }
        return where.toString();
    }

    private static void bind(jakarta.persistence.Query query, String regionPath, EnterpriseFilter filter) {
        String within = present(filter.regionPath()) && filter.regionPath().startsWith(
                StatisticsCell.NATION.equals(regionPath) ? "/" : regionPath) ? filter.regionPath() : regionPath;
        query.setParameter("below", (StatisticsCell.NATION.equals(within) ? "/" : within) + "%");
        if (filter.level() != null) {
            query.setParameter("level", filter.level());
        }
        if (present(filter.industry())) {
            query.setParameter("industry", filter.industry().strip());
        }
        if (present(filter.size())) {
            query.setParameter("size", filter.size().strip());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** k of the small-cell protection, for the page to say. */
    public int minimumCell() {
        return minimumCell;
    }

    private Optional<StatisticsCell> cell(long snapshotId, String regionPath, String industry, String size) {
        return em.createNamedQuery(StatisticsCell.ONE, StatisticsCell.class)
                .setParameter("snapshot", snapshotId).setParameter("region", regionPath)
                .setParameter("industry", industry).setParameter("size", size)
                .getResultStream().findFirst();
    }

    /** The average total of the enterprises with a diagnosis, to two decimals. */
    static Optional<BigDecimal> average(StatisticsCell cell) {
        return cell.getDiagnosed() == 0 ? Optional.empty()
                : Optional.of(cell.getTotalSum().divide(BigDecimal.valueOf(cell.getDiagnosed()), 2, RoundingMode.HALF_UP));
    }

    /** Per sub-domain, the average capability score, {@code null} over no enterprise. */
    public static List<BigDecimal> capabilityAverages(StatisticsCell cell) {
        return cell.getCapabilities().stream().map(CapabilityTotal::average).map(average -> average.orElse(null)).toList();
    }
}
