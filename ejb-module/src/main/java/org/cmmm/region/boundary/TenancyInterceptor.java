package org.cmmm.region.boundary;

import org.cmmm.platform.boundary.AcrossRegions;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.cmmm.platform.boundary.CurrentAccount;
import org.cmmm.region.control.RegionPath;
import org.cmmm.region.control.TenantScope;
import org.cmmm.region.entity.Tenancy;

/**
 * Feeds the tenant rule ({@link Tenancy}) on every boundary call: a default interceptor of every EJB of this
 * module (META-INF/ejb-jar.xml), so no boundary can forget it. It reads the signed-in user from the Shiro
 * subject of the current thread and sets the two criteria parameters on the transaction's entity manager; a
 * method marked {@link AcrossRegions} sees everything. Nested calls restore the caller's parameters when they
 * return. No user (a start-up task, a job) means no tenant data, unless the method is marked.
 */
public class TenancyInterceptor {

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @AroundInvoke
    public Object applyTenantRule(InvocationContext invocation) throws Exception {
        TenantScope scope = invocation.getMethod().isAnnotationPresent(AcrossRegions.class)
                ? new TenantScope.Everything()
                : currentScope();
        Map<String, Object> before = em.getProperties();
        Object regionBefore = before.get(Tenancy.REGION_PARAMETER);
        Object enterpriseBefore = before.get(Tenancy.ENTERPRISE_PARAMETER);
        apply(scope);
        try {
            return invocation.proceed();
        } finally {
            if (regionBefore != null) {
                em.setProperty(Tenancy.REGION_PARAMETER, regionBefore);
                em.setProperty(Tenancy.ENTERPRISE_PARAMETER, enterpriseBefore);
            }
        }
    }

    private void apply(TenantScope scope) {
        em.setProperty(Tenancy.REGION_PARAMETER, regionPattern(scope));
        em.setProperty(Tenancy.ENTERPRISE_PARAMETER, enterpriseId(scope));
    }

    static String regionPattern(TenantScope scope) {
        if (scope instanceof TenantScope.RegionSubtree subtree) {
            return subtree.path().likePattern();
        }
        if (scope instanceof TenantScope.OwnEnterprise || scope instanceof TenantScope.Everything) {
            return Tenancy.ALL_REGIONS;
        }
        return Tenancy.NO_REGION;
    }

    static long enterpriseId(TenantScope scope) {
        if (scope instanceof TenantScope.OwnEnterprise own) {
            return own.enterpriseId();
        }
        return scope instanceof TenantScope.NoAccess ? -1 : 0;
    }

    /** The scope of the signed-in user (NoAccess for none): for the few checks a query cannot make, see TenantScope. */
    public static TenantScope currentScope() {
        return CurrentAccount.principal()
                .map(user -> TenantScope.of(user.role(), user.enterpriseId(),
                        user.regionPath() == null ? null : RegionPath.parse(user.regionPath())))
                .orElseGet(TenantScope.NoAccess::new);
    }
}
