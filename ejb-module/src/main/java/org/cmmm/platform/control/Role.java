package org.cmmm.platform.control;

/**
 * The actors of the platform, named as in the security configuration (STYLE.md: roles named after the actors).
 * An account has exactly one role; what each may see is decided by {@code org.cmmm.region.control.TenantScope}.
 */
public enum Role {
    /**
     * A manufacturing enterprise (企业用户) that registered itself, or that support registered for it when it is
     * not a legal entity: runs its own diagnoses and sees only its own enterprise.
     */
    ENTERPRISE,
    /**
     * An administrator of a regional authority (地方主管部门, e.g. a provincial or city industry and information
     * technology bureau): sees the enterprises and statistics of its region and every region below it.
     */
    REGION_ADMIN,
    /**
     * Platform support staff (运维 / 客服): help enterprises on request (change an unreachable mobile number,
     * unlock an account, create accounts for units that are not legal entities, add missing regions such as a
     * new development zone); they work across regions through screens that say so.
     */
    SUPPORT,
    /**
     * The platform operator's administrator: manages model versions, configuration and the support and region
     * administrator accounts; sees across regions.
     */
    ADMIN;

    /** Platform staff (support and administrators): they may act across regions on screens that say so. */
    public boolean isStaff() {
        return this == SUPPORT || this == ADMIN;
    }
}
