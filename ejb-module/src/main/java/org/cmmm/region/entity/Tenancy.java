package org.cmmm.region.entity;

/**
 * The tenant rule, in the one place it is written: every entity that belongs to an enterprise carries
 * {@code @AdditionalCriteria} with one of these fragments, so EclipseLink adds it to every query (and every
 * find) on that entity. The two parameters are set on the entity manager of each boundary call by
 * {@link org.cmmm.region.boundary.TenancyInterceptor} from the signed-in user:
 * <ul>
 * <li>{@value #REGION_PARAMETER}: a LIKE pattern on the region path — {@code /320000/320500/%} for a
 * regional admin, {@code %} for an enterprise, support, admin and queries named …AcrossRegions, and a
 * pattern that matches nothing for anyone else;</li>
 * <li>{@value #ENTERPRISE_PARAMETER}: the enterprise an enterprise user may see, 0 for no restriction.</li>
 * </ul>
 * A query run without the parameters fails instead of returning data: the rule fails closed.
 */
public final class Tenancy {

    public static final String REGION_PARAMETER = "cmmmTenantRegion";
    public static final String ENTERPRISE_PARAMETER = "cmmmTenantEnterprise";

    /** For the enterprise itself. */
    public static final String ENTERPRISE_CRITERIA = "this.regionPath LIKE :" + REGION_PARAMETER
            + " AND (:" + ENTERPRISE_PARAMETER + " = 0 OR this.id = :" + ENTERPRISE_PARAMETER + ")";

    /** For what is kept about an enterprise beside it (the bigrams of its name): through the enterprise. */
    public static final String ENTERPRISE_PART_CRITERIA = "this.enterprise.regionPath LIKE :" + REGION_PARAMETER
            + " AND (:" + ENTERPRISE_PARAMETER + " = 0 OR this.enterprise.id = :" + ENTERPRISE_PARAMETER + ")";

    /** For data an enterprise owns (diagnoses, answers, reports): carries enterpriseId and regionPath. */
    public static final String OWNED_CRITERIA = "this.regionPath LIKE :" + REGION_PARAMETER
            + " AND (:" + ENTERPRISE_PARAMETER + " = 0 OR this.enterpriseId = :" + ENTERPRISE_PARAMETER + ")";

    /** For the parts of a diagnosis (answers, level results): through the diagnosis they belong to. */
    public static final String DIAGNOSIS_PART_CRITERIA = "this.diagnosis.regionPath LIKE :" + REGION_PARAMETER
            + " AND (:" + ENTERPRISE_PARAMETER + " = 0 OR this.diagnosis.enterpriseId = :" + ENTERPRISE_PARAMETER + ")";

    /**
     * For figures aggregated over a region's enterprises (statistics): the authority of the region and above reads
     * them, no enterprise does (an enterprise user's scope names an enterprise, so the figures of others are shut).
     */
    public static final String AGGREGATE_CRITERIA = "this.regionPath LIKE :" + REGION_PARAMETER
            + " AND :" + ENTERPRISE_PARAMETER + " = 0";

    /** A LIKE pattern no region path matches (paths start with '/'). */
    public static final String NO_REGION = "-";

    /** The pattern that matches every region path. */
    public static final String ALL_REGIONS = "%";

    private Tenancy() {
    }
}
