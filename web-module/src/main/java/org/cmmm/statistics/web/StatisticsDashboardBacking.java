package org.cmmm.statistics.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.cmmm.enterprise.boundary.EnterpriseService;
import org.cmmm.enterprise.control.EnterpriseSize;
import org.cmmm.model.boundary.ModelCatalog;
import org.cmmm.model.control.SubDomain;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.web.Charts;
import org.cmmm.platform.web.Language;
import org.cmmm.platform.web.NotFound;
import org.cmmm.platform.web.Texts;
import org.cmmm.region.boundary.RegionService;
import org.cmmm.region.entity.Region;
import org.cmmm.statistics.boundary.Comparison;
import org.cmmm.statistics.boundary.EnterpriseFilter;
import org.cmmm.statistics.boundary.EnterpriseRow;
import org.cmmm.statistics.boundary.SnapshotChoice;
import org.cmmm.statistics.boundary.StatisticsDashboard;
import org.cmmm.statistics.boundary.TrendPoint;
import org.cmmm.statistics.entity.StatisticsCell;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * State of /statistics/index.xhtml, the regional dashboard: a snapshot (newest by default) and a region (the
 * user's own by default; a sub-region by drill-down), its headline, level distribution, sub-regions, industries,
 * sizes, its sub-domain averages against the regions above (small cells hidden) and its trend. The figures come
 * from the statistics boundary; this bean only picks and formats them.
 */
@Named
@ViewScoped
public class StatisticsDashboardBacking implements Serializable {

    /**
     * Names shown on the page, looked up once per view: the tables and an export of thousands of rows name the same
     * few regions and industries again and again, each a call to a boundary.
     */
    private final Map<String, String> names = new HashMap<>();

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient StatisticsDashboard dashboard;

    @Inject
    transient RegionService regions;

    @Inject
    transient EnterpriseService enterprises;

    @Inject
    transient ModelCatalog catalog;

    @Inject
    Language language;

    private Long snapshot;
    private String region;

    private List<SnapshotChoice> snapshots = List.of();
    private String regionPath;
    private StatisticsCell headline;
    private List<StatisticsCell> children = List.of();
    private List<StatisticsCell> industries = List.of();
    private List<StatisticsCell> sizes = List.of();
    private List<Comparison> comparisons = List.of();
    private List<TrendPoint> trend = List.of();

    // the list of the region's enterprises: its filters and its rows, read a page at a time
    private Integer levelFilter;
    private String industryFilter;
    private String sizeFilter;
    private String regionFilter;
    private final LazyDataModel<EnterpriseRow> enterpriseRows = new EnterpriseRows();

    /**
     * Reads the figures of the chosen snapshot and region. A region that does not exist or lies outside the user's
     * tenancy is "not found" (404), as a foreign id is, whether or not a snapshot exists.
     */
    public void load() throws IOException {
        regionPath = region == null || region.isBlank() ? dashboard.homeRegion()
                : regions.find(region.strip()).map(Region::getPath).orElse(null);
        if (regionPath == null || !dashboard.mayRead(regionPath)) {
            NotFound.send();
            return;
        }
        snapshots = dashboard.snapshots();
        headline = null;
        if (snapshots.isEmpty()) {
            return;
        }
        if (snapshot == null || snapshots.stream().noneMatch(choice -> choice.snapshotId() == snapshot)) {
            // the newest snapshot of the model version diagnoses start with now (others only when asked for)
            String current = catalog.current().version();
            snapshot = snapshots.stream().filter(choice -> choice.modelVersion().equals(current)).findFirst()
                    .orElse(snapshots.get(0)).snapshotId();
        }
        try {
            headline = dashboard.headline(snapshot, regionPath);
            children = dashboard.children(snapshot, regionPath);
            industries = dashboard.industries(snapshot, regionPath);
            sizes = dashboard.sizes(snapshot, regionPath);
            comparisons = dashboard.comparisonsAcrossRegions(snapshot, regionPath);
            trend = dashboard.trend(snapshot, regionPath);
        } catch (BusinessException e) {
            // the region has no enterprise in this snapshot
            headline = null;
            Texts.errors(e);
        }
    }

    /** The list's filters as the boundary takes them. */
    EnterpriseFilter filter() {
        return new EnterpriseFilter(levelFilter, industryFilter, sizeFilter, regionFilter);
    }

    public LazyDataModel<EnterpriseRow> getEnterpriseRows() {
        return enterpriseRows;
    }

    public String levelName(int level) {
        return Texts.text("diagnosis.maturity." + level);
    }

    public String time(java.time.LocalDateTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** The enterprises of the region now, a page at a time, with the filters of the form above the table. */
    private class EnterpriseRows extends LazyDataModel<EnterpriseRow> {

        /** Counted once per filter in a view: a province's count takes a tenth of a second, and each page asks. */
        private final Map<EnterpriseFilter, Integer> counts = new HashMap<>();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return regionPath == null ? 0 : counts.computeIfAbsent(filter(), shown -> (int) dashboard.enterpriseCount(regionPath, shown));
        }

        @Override
        public List<EnterpriseRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return regionPath == null ? List.of() : dashboard.enterprises(regionPath, filter(), first, pageSize);
        }

        @Override
        public String getRowKey(EnterpriseRow row) {
            return String.valueOf(row.enterpriseId());
        }

        @Override
        public EnterpriseRow getRowData(String rowKey) {
            return getWrappedData().stream().filter(row -> String.valueOf(row.enterpriseId()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    public boolean isHasFigures() {
        return headline != null;
    }

    public boolean isNoSnapshot() {
        return snapshots.isEmpty();
    }

    public String choiceLabel(SnapshotChoice choice) {
        return TIME.format(choice.asOf()) + " · " + choice.modelVersion();
    }

    public String getRegionName() {
        return regionName(regionPath);
    }

    /** The region's name, or the nation's. */
    public String regionName(String path) {
        if (path == null || StatisticsCell.NATION.equals(path)) {
            return Texts.text("statistics.nation");
        }
        return names.computeIfAbsent(language.getLocale() + " region " + path, key -> regions.find(codeOf(path))
                .map(region -> regions.name(region.getName(), language.getLocale())).orElse(codeOf(path)));
    }

    /** A region path as people read it ("江苏省 苏州市 吴中区"), for the list's rows. */
    public String pathName(String path) {
        return names.computeIfAbsent(language.getLocale() + " path " + path, key -> regions.pathName(path, language.getLocale()));
    }

    /** Whether a region of the trail opens for this user: the user's own region and those below it do. */
    public boolean mayOpen(String path) {
        return dashboard.mayRead(path);
    }

    /** The region code at the end of a path, for drill-down links ({@code ?region=}). */
    public String codeOf(String path) {
        String trimmed = path.substring(0, path.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** The regions from the nation down to the shown one, for the breadcrumb (codes; empty code = the nation). */
    public List<String> getTrail() {
        List<String> trail = new ArrayList<>();
        if (regionPath != null && !StatisticsCell.NATION.equals(regionPath)) {
            String[] codes = regionPath.substring(1, regionPath.length() - 1).split("/");
            StringBuilder path = new StringBuilder("/");
            for (String code : codes) {
                path.append(code).append('/');
                trail.add(path.toString());
            }
        }
        return trail;
    }

    public String coverage(StatisticsCell cell) {
        return percent(cell.getDiagnosed(), cell.getRegistered());
    }

    /** Share of the diagnosed enterprises at a maturity level. */
    public String levelShare(int level) {
        return percent(headline.getLevels()[level], headline.getDiagnosed());
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "–" : BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP) + "%";
    }

    public String average(StatisticsCell cell) {
        return cell.getDiagnosed() == 0 ? "–"
                : cell.getTotalSum().divide(BigDecimal.valueOf(cell.getDiagnosed()), 2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Share of the diagnosed enterprises at level 2 or above (a common programme threshold). */
    public String levelTwoOrAbove(StatisticsCell cell) {
        int[] levels = cell.getLevels();
        return percent(levels[2] + levels[3] + levels[4] + levels[5], cell.getDiagnosed());
    }

    public String industryName(String code) {
        return names.computeIfAbsent(language.getLocale() + " industry " + code,
                key -> enterprises.industry(code).map(industry -> code + " " + industry.getName()).orElse(code));
    }

    /** Sections first in their table, divisions indented below their section. */
    public boolean isDivision(StatisticsCell cell) {
        return cell.getIndustry().length() == 2;
    }

    public String sizeName(String size) {
        return Texts.text(EnterpriseSize.valueOf(size).messageKey());
    }

    public String getLevelChart() {
        List<String> labels = IntStream.rangeClosed(0, 5).mapToObj(this::levelName).toList();
        List<Integer> counts = IntStream.of(headline.getLevels()).boxed().toList();
        return Charts.bar(labels, List.of(new Charts.Series(Texts.text("statistics.dashboard.enterprises"), counts,
                Charts.COLOURS.get(0))), false);
    }

    public String getChildrenChart() {
        List<String> labels = children.stream().map(cell -> regionName(cell.getRegionPath())).toList();
        List<BigDecimal> averages = children.stream().map(cell -> cell.getDiagnosed() == 0 ? null
                : cell.getTotalSum().divide(BigDecimal.valueOf(cell.getDiagnosed()), 2, RoundingMode.HALF_UP)).toList();
        return Charts.bar(labels, List.of(new Charts.Series(Texts.text("statistics.dashboard.averageTotal"), averages,
                Charts.COLOURS.get(0))), false);
    }

    /** The region's sub-domain averages against its parent and the nation (hidden figures are gaps), on the 0–5 scale. */
    public String getRadarChart() {
        List<String> labels = subDomainNames();
        List<Charts.Series> series = new ArrayList<>();
        series.add(new Charts.Series(getRegionName(), StatisticsDashboard.capabilityAverages(headline), Charts.COLOURS.get(0)));
        if (!comparisons.isEmpty()) {
            Comparison parent = comparisons.get(0);
            series.add(new Charts.Series(regionName(parent.regionPath()), parent.capabilityAverages(), Charts.COLOURS.get(1)));
        }
        if (comparisons.size() > 1) {
            Comparison nation = comparisons.get(comparisons.size() - 1);
            series.add(new Charts.Series(regionName(nation.regionPath()), nation.capabilityAverages(), Charts.COLOURS.get(2)));
        }
        return Charts.radar(labels, series, 5, true);
    }

    public String getTrendChart() {
        List<String> labels = trend.stream().map(point -> TIME.format(point.asOf())).toList();
        return Charts.line(labels, List.of(
                new Charts.Series(Texts.text("statistics.dashboard.averageTotal"), trend.stream().map(TrendPoint::averageTotal).toList(),
                        Charts.COLOURS.get(0)),
                new Charts.Series(Texts.text("statistics.dashboard.diagnosed"), trend.stream().map(TrendPoint::diagnosed).toList(),
                        Charts.COLOURS.get(1))), true);
    }

    /** Sub-domain names of the model in navigation order (the cells' order). */
    public List<String> subDomainNames() {
        return catalog.current().navigationOrder().stream().map(SubDomain::name).map(name -> name.in(language.getLocale())).toList();
    }

    /** Columns of the sub-domain table: the sub-domain, the region, and each region above it compared with. */
    public List<String> getSubDomainHeaders() {
        List<String> headers = new ArrayList<>();
        headers.add(Texts.text("statistics.dashboard.subDomain"));
        headers.add(getRegionName());
        comparisons.forEach(comparison -> headers.add(regionName(comparison.regionPath())));
        return headers;
    }

    /**
     * Rows of the sub-domain table: name, own average, and each comparison's ("样本不足" when hidden); the average
     * total last.
     */
    public List<List<String>> getSubDomainRows() {
        List<String> names = subDomainNames();
        List<BigDecimal> own = StatisticsDashboard.capabilityAverages(headline);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(names.get(i));
            row.add(text(own.get(i)));
            for (Comparison comparison : comparisons) {
                row.add(Optional.ofNullable(comparison.capabilityAverages().get(i)).map(BigDecimal::toPlainString)
                        .orElse(Texts.text("statistics.suppressed")));
            }
            rows.add(row);
        }
        List<String> total = new ArrayList<>();
        total.add(Texts.text("statistics.dashboard.averageTotal"));
        total.add(average(headline));
        comparisons.forEach(comparison -> total.add(comparisonTotal(comparison)));
        rows.add(total);
        return rows;
    }

    public String comparisonTotal(Comparison comparison) {
        return comparison.averageTotal() == null ? Texts.text("statistics.suppressed") : comparison.averageTotal().toPlainString();
    }

    public int getMinimumCell() {
        return dashboard.minimumCell();
    }

    private static String text(BigDecimal value) {
        return value == null ? "–" : value.toPlainString();
    }

    public Integer getLevelFilter() {
        return levelFilter;
    }

    public void setLevelFilter(Integer levelFilter) {
        this.levelFilter = levelFilter;
    }

    public String getIndustryFilter() {
        return industryFilter;
    }

    public void setIndustryFilter(String industryFilter) {
        this.industryFilter = industryFilter;
    }

    public String getSizeFilter() {
        return sizeFilter;
    }

    public void setSizeFilter(String sizeFilter) {
        this.sizeFilter = sizeFilter;
    }

    public String getRegionFilter() {
        return regionFilter;
    }

    public void setRegionFilter(String regionFilter) {
        this.regionFilter = regionFilter;
    }

    /** The file name of an export: the table, the region and the day. */
    public String exportName(String table) {
        return table + "-" + (regionPath == null || StatisticsCell.NATION.equals(regionPath) ? "nation" : codeOf(regionPath))
                + "-" + java.time.LocalDate.now();
    }

    public Long getSnapshot() {
        return snapshot;
    }

    public void setSnapshot(Long snapshot) {
        this.snapshot = snapshot;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public List<SnapshotChoice> getSnapshots() {
        return snapshots;
    }

    public StatisticsCell getHeadline() {
        return headline;
    }

    public List<StatisticsCell> getChildren() {
        return children;
    }

    public List<StatisticsCell> getIndustries() {
        return industries;
    }

    public List<StatisticsCell> getSizes() {
        return sizes;
    }

    public List<Comparison> getComparisons() {
        return comparisons;
    }

    public List<TrendPoint> getTrend() {
        return trend;
    }
}
