package org.cmmm.statistics.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.cmmm.region.entity.Tenancy;
import org.cmmm.statistics.control.CapabilityTotal;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A cell of a statistics snapshot (written by the job, never changed): one region with everything below it ('/' is
 * the nation) × industry ('*', a section or a division) × size ('*' or a class). It belongs to the authority of its
 * region: the tenant rule lets a regional administrator read the cells of their region and below, and no enterprise
 * read any; comparisons with the regions above go through the statistics boundary's small-cell protection.
 */
@Entity
@ReadOnly
@Table(name = "statistics_cell")
@IdClass(StatisticsCell.Key.class)
@AdditionalCriteria(Tenancy.AGGREGATE_CRITERIA)
@NamedQuery(name = StatisticsCell.ONE, query = "select c from StatisticsCell c where c.snapshotId = :snapshot"
        + " and c.regionPath = :region and c.industry = :industry and c.size = :size")
@NamedQuery(name = StatisticsCell.CHILDREN, query = "select c from StatisticsCell c where c.snapshotId = :snapshot"
        + " and c.regionPath like :below and c.depth = :depth and c.industry = '*' and c.size = '*' order by c.regionPath")
@NamedQuery(name = StatisticsCell.INDUSTRIES, query = "select c from StatisticsCell c where c.snapshotId = :snapshot"
        + " and c.regionPath = :region and c.industry <> '*' and c.size = '*' order by c.industry")
@NamedQuery(name = StatisticsCell.SIZES, query = "select c from StatisticsCell c where c.snapshotId = :snapshot"
        + " and c.regionPath = :region and c.industry = '*' and c.size <> '*'")
public class StatisticsCell {

    public static final String ONE = "StatisticsCell.one";
    public static final String CHILDREN = "StatisticsCell.children";
    public static final String INDUSTRIES = "StatisticsCell.industries";
    public static final String SIZES = "StatisticsCell.sizes";

    /** "All industries", "all sizes". */
    public static final String ALL = "*";

    /** The nation's region path. */
    public static final String NATION = "/";

    @Id
    @Column(name = "snapshot_id")
    private long snapshotId;

    @Id
    @Column(name = "region_path")
    private String regionPath;

    @Id
    private String industry;

    @Id
    private String size;

    private int depth;
    private int registered;
    private int diagnosed;

    @Column(name = "level_0")
    private int level0;
    @Column(name = "level_1")
    private int level1;
    @Column(name = "level_2")
    private int level2;
    @Column(name = "level_3")
    private int level3;
    @Column(name = "level_4")
    private int level4;
    @Column(name = "level_5")
    private int level5;

    @Column(name = "total_sum")
    private BigDecimal totalSum;

    @Column(name = "cap_sum_organization_strategy", insertable = false, updatable = false)
    private BigDecimal sumOrganizationStrategy;

    @Column(name = "cap_n_organization_strategy", insertable = false, updatable = false)
    private int nOrganizationStrategy;

    @Column(name = "cap_sum_personnel_skills", insertable = false, updatable = false)
    private BigDecimal sumPersonnelSkills;

    @Column(name = "cap_n_personnel_skills", insertable = false, updatable = false)
    private int nPersonnelSkills;

    @Column(name = "cap_sum_data", insertable = false, updatable = false)
    private BigDecimal sumData;

    @Column(name = "cap_n_data", insertable = false, updatable = false)
    private int nData;

    @Column(name = "cap_sum_integration", insertable = false, updatable = false)
    private BigDecimal sumIntegration;

    @Column(name = "cap_n_integration", insertable = false, updatable = false)
    private int nIntegration;

    @Column(name = "cap_sum_information_security", insertable = false, updatable = false)
    private BigDecimal sumInformationSecurity;

    @Column(name = "cap_n_information_security", insertable = false, updatable = false)
    private int nInformationSecurity;

    @Column(name = "cap_sum_equipment", insertable = false, updatable = false)
    private BigDecimal sumEquipment;

    @Column(name = "cap_n_equipment", insertable = false, updatable = false)
    private int nEquipment;

    @Column(name = "cap_sum_network", insertable = false, updatable = false)
    private BigDecimal sumNetwork;

    @Column(name = "cap_n_network", insertable = false, updatable = false)
    private int nNetwork;

    @Column(name = "cap_sum_procurement", insertable = false, updatable = false)
    private BigDecimal sumProcurement;

    @Column(name = "cap_n_procurement", insertable = false, updatable = false)
    private int nProcurement;

    @Column(name = "cap_sum_planning_scheduling", insertable = false, updatable = false)
    private BigDecimal sumPlanningScheduling;

    @Column(name = "cap_n_planning_scheduling", insertable = false, updatable = false)
    private int nPlanningScheduling;

    @Column(name = "cap_sum_production_operations", insertable = false, updatable = false)
    private BigDecimal sumProductionOperations;

    @Column(name = "cap_n_production_operations", insertable = false, updatable = false)
    private int nProductionOperations;

    @Column(name = "cap_sum_equipment_management", insertable = false, updatable = false)
    private BigDecimal sumEquipmentManagement;

    @Column(name = "cap_n_equipment_management", insertable = false, updatable = false)
    private int nEquipmentManagement;

    @Column(name = "cap_sum_warehousing_distribution", insertable = false, updatable = false)
    private BigDecimal sumWarehousingDistribution;

    @Column(name = "cap_n_warehousing_distribution", insertable = false, updatable = false)
    private int nWarehousingDistribution;

    @Column(name = "cap_sum_safety_environment", insertable = false, updatable = false)
    private BigDecimal sumSafetyEnvironment;

    @Column(name = "cap_n_safety_environment", insertable = false, updatable = false)
    private int nSafetyEnvironment;

    @Column(name = "cap_sum_energy_management", insertable = false, updatable = false)
    private BigDecimal sumEnergyManagement;

    @Column(name = "cap_n_energy_management", insertable = false, updatable = false)
    private int nEnergyManagement;

    @Column(name = "cap_sum_product_design", insertable = false, updatable = false)
    private BigDecimal sumProductDesign;

    @Column(name = "cap_n_product_design", insertable = false, updatable = false)
    private int nProductDesign;

    @Column(name = "cap_sum_process_design", insertable = false, updatable = false)
    private BigDecimal sumProcessDesign;

    @Column(name = "cap_n_process_design", insertable = false, updatable = false)
    private int nProcessDesign;

    @Column(name = "cap_sum_logistics", insertable = false, updatable = false)
    private BigDecimal sumLogistics;

    @Column(name = "cap_n_logistics", insertable = false, updatable = false)
    private int nLogistics;

    @Column(name = "cap_sum_sales", insertable = false, updatable = false)
    private BigDecimal sumSales;

    @Column(name = "cap_n_sales", insertable = false, updatable = false)
    private int nSales;

    @Column(name = "cap_sum_customer_service", insertable = false, updatable = false)
    private BigDecimal sumCustomerService;

    @Column(name = "cap_n_customer_service", insertable = false, updatable = false)
    private int nCustomerService;

    @Column(name = "cap_sum_product_service", insertable = false, updatable = false)
    private BigDecimal sumProductService;

    @Column(name = "cap_n_product_service", insertable = false, updatable = false)
    private int nProductService;

    protected StatisticsCell() {
        // for JPA
    }

    public long getSnapshotId() {
        return snapshotId;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public String getIndustry() {
        return industry;
    }

    public String getSize() {
        return size;
    }

    public int getDepth() {
        return depth;
    }

    public int getRegistered() {
        return registered;
    }

    public int getDiagnosed() {
        return diagnosed;
    }

    /** Enterprises at maturity level 0 (none) to 5. */
    public int[] getLevels() {
        return new int[] {level0, level1, level2, level3, level4, level5};
    }

    public BigDecimal getTotalSum() {
        return totalSum;
    }

    /** Per sub-domain, in navigation order: the sum of capability scores and how many enterprises it is over. */
    public List<CapabilityTotal> getCapabilities() {
        return List.of(
                new CapabilityTotal("ORGANIZATION_STRATEGY", sumOrganizationStrategy, nOrganizationStrategy),
                new CapabilityTotal("PERSONNEL_SKILLS", sumPersonnelSkills, nPersonnelSkills),
                new CapabilityTotal("DATA", sumData, nData),
                new CapabilityTotal("INTEGRATION", sumIntegration, nIntegration),
                new CapabilityTotal("INFORMATION_SECURITY", sumInformationSecurity, nInformationSecurity),
                new CapabilityTotal("EQUIPMENT", sumEquipment, nEquipment),
                new CapabilityTotal("NETWORK", sumNetwork, nNetwork),
                new CapabilityTotal("PROCUREMENT", sumProcurement, nProcurement),
                new CapabilityTotal("PLANNING_SCHEDULING", sumPlanningScheduling, nPlanningScheduling),
                new CapabilityTotal("PRODUCTION_OPERATIONS", sumProductionOperations, nProductionOperations),
                new CapabilityTotal("EQUIPMENT_MANAGEMENT", sumEquipmentManagement, nEquipmentManagement),
                new CapabilityTotal("WAREHOUSING_DISTRIBUTION", sumWarehousingDistribution, nWarehousingDistribution),
                new CapabilityTotal("SAFETY_ENVIRONMENT", sumSafetyEnvironment, nSafetyEnvironment),
                new CapabilityTotal("ENERGY_MANAGEMENT", sumEnergyManagement, nEnergyManagement),
                new CapabilityTotal("PRODUCT_DESIGN", sumProductDesign, nProductDesign),
                new CapabilityTotal("PROCESS_DESIGN", sumProcessDesign, nProcessDesign),
                new CapabilityTotal("LOGISTICS", sumLogistics, nLogistics),
                new CapabilityTotal("SALES", sumSales, nSales),
                new CapabilityTotal("CUSTOMER_SERVICE", sumCustomerService, nCustomerService),
                new CapabilityTotal("PRODUCT_SERVICE", sumProductService, nProductService));
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private long snapshotId;
        private String regionPath;
        private String industry;
        private String size;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.snapshotId == snapshotId && Objects.equals(key.regionPath, regionPath)
                    && Objects.equals(key.industry, industry) && Objects.equals(key.size, size);
        }

        @Override
        public int hashCode() {
            return Objects.hash(snapshotId, regionPath, industry, size);
        }
    }
}
