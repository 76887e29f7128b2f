package org.cmmm.region.control;

import java.util.Objects;
import org.cmmm.platform.control.Role;

/**
 * Which enterprises a signed-in account may see: the one rule of tenancy (STYLE.md: enforced once, everything goes
 * through it). An enterprise sees only itself; a region administrator sees the enterprises of their region and of
 * every region below it; support and administrators see everything, but only through queries that say so by
 * their name ({@code …AcrossRegions}), so a screen cannot widen its view by accident. When the account's data
 * do not fit its role the scope is {@link NoAccess}: a mistake closes the door rather than opening it.
 */
public sealed interface TenantScope {

    /** Whether an enterprise, known by its id and the path of its region, is within this scope. */
    boolean permits(long enterpriseId, RegionPath enterpriseRegion);

    /**
     * Whether the figures of a whole region (statistics over its enterprises) are within this scope: a region
     * administrator's region and those below it; everything for support and administrators; nothing for an
     * enterprise. {@code null} stands for the nation.
     */
    default boolean permitsRegion(RegionPath region) {
        if (this instanceof Everything) {
            return true;
        }
        return this instanceof RegionSubtree subtree && region != null && subtree.path().contains(region);
    }

    /**
     * The scope of an account.
     *
     * @param enterpriseId the account's enterprise; only for {@link Role#ENTERPRISE}
     * @param adminRegion  the region an administrator is responsible for; only for {@link Role#REGION_ADMIN}
     * @return the scope, or {@link NoAccess} when the role is missing or its data are missing or extra
     */
    static TenantScope of(Role role, Long enterpriseId, RegionPath adminRegion) {
        if (role == null) {
            return new NoAccess();
        }
        return switch (role) {
            case ENTERPRISE -> enterpriseId != null && enterpriseId > 0 && adminRegion == null
                    ? new OwnEnterprise(enterpriseId) : new NoAccess();
            case REGION_ADMIN -> adminRegion != null && enterpriseId == null
                    ? new RegionSubtree(adminRegion) : new NoAccess();
            case SUPPORT, ADMIN -> enterpriseId == null && adminRegion == null
                    ? new Everything() : new NoAccess();
        };
    }

    /** An enterprise account: its own enterprise and nothing else, wherever it is registered. */
    record OwnEnterprise(long enterpriseId) implements TenantScope {
        @Override
        public boolean permits(long enterpriseId, RegionPath enterpriseRegion) {
            return this.enterpriseId == enterpriseId;
        }
    }

    /** A region administrator: every enterprise whose region is the administrator's or lies below it. */
    record RegionSubtree(RegionPath path) implements TenantScope {
        public RegionSubtree {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public boolean permits(long enterpriseId, RegionPath enterpriseRegion) {
            return path.contains(enterpriseRegion);
        }
    }

    /** Support and administrators: every enterprise, and only through {@code …AcrossRegions} queries. */
    record Everything() implements TenantScope {
        @Override
        public boolean permits(long enterpriseId, RegionPath enterpriseRegion) {
            return true;
        }
    }

    /** Nothing: an account without a usable role or with data that contradict it. */
    record NoAccess() implements TenantScope {
        @Override
        public boolean permits(long enterpriseId, RegionPath enterpriseRegion) {
            return false;
        }
    }
}
