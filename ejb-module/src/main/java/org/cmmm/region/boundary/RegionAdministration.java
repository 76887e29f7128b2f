package org.cmmm.region.boundary;

import org.cmmm.platform.boundary.Allowed;
import static org.cmmm.platform.control.Role.ADMIN;
import static org.cmmm.platform.control.Role.SUPPORT;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cmmm.platform.boundary.CurrentAccount;
import org.cmmm.platform.control.AccountPrincipal;
import org.cmmm.audit.entity.AuditEntry;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.control.Fault;
import org.cmmm.region.control.RegionChange;
import org.cmmm.region.control.RegionCode;
import org.cmmm.region.control.RegionPath;
import org.cmmm.region.entity.Region;

/**
 * Support's changes to the region tree ({@link RegionChange}): create a zone GB/T 2260 does not list under any
 * region, rename a zone, take a region out of use and back. There is no delete: enterprises and accounts refer
 * to regions, so a region leaves the pickers by being inactive ({@link RegionService} shows only active ones).
 * Only SUPPORT and ADMIN may call these methods, checked here against the signed-in user of the Shiro subject,
 * and every change writes an {@link AuditEntry} (who, what, why, before and after) in the same transaction.
 *
 * <p>Standard regions keep the names of config/reference/regions.csv, which the reference loader renames when
 * the file changes; a support rename of one would be overwritten, so only zones can be renamed.
 */
@Stateless
@Allowed({SUPPORT, ADMIN})
public class RegionAdministration {

    static final String TARGET = "REGION";
    public static final String ACTION_CREATE = "REGION_CREATE";
    public static final String ACTION_RENAME = "REGION_RENAME";
    public static final String ACTION_DEACTIVATE = "REGION_DEACTIVATE";
    public static final String ACTION_ACTIVATE = "REGION_ACTIVATE";

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Every child of a region, active or not, for the support screen. */
    public List<Region> children(String parentCode) {
        return em.createNamedQuery(Region.CHILDREN, Region.class).setParameter("parent", parentCode).getResultList();
    }

    /**
     * Creates a zone below {@code parentCode}: code {@code <parent>-NN} with the lowest free NN, level ZONE, the
     * parent's path extended by the code. The parent is locked for the transaction, so two support staff creating
     * zones under the same region at once get different numbers.
     */
    public Region createZone(String parentCode, String name, String reason) {
        AccountPrincipal actor = CurrentAccount.requireStaff();
        requireValid(name, reason);
        Region parent = existing(parentCode, LockModeType.PESSIMISTIC_WRITE);
        List<Region> siblings = em.createNamedQuery(Region.CHILDREN, Region.class)
                .setParameter("parent", parent.getCode()).getResultList();
        requireFreeName(name, siblings, null);
        RegionCode code = RegionChange.nextZoneCode(RegionCode.parse(parent.getCode()),
                siblings.stream().map(Region::getCode).toList());
        String path = RegionPath.parse(parent.getPath()).child(code).toString();
        Region zone = new Region(code.value(), name.strip(), parent.getCode(), Region.Kind.ZONE, path, true);
        em.persist(zone);
        audit(actor, ACTION_CREATE, zone.getCode(), reason, null, "name=" + zone.getName() + "; path=" + path);
        return zone;
    }

    /** Renames a zone; a standard region is refused ({@code region.rename.standard}). */
    public Region rename(String code, String newName, String reason) {
        AccountPrincipal actor = CurrentAccount.requireStaff();
        requireValid(newName, reason);
        Region region = existing(code, LockModeType.NONE);
        if (!region.isCustom()) {
            throw BusinessException.atField("name", "region.rename.standard");
        }
        if (region.getParentCode() != null) {
            requireFreeName(newName, em.createNamedQuery(Region.CHILDREN, Region.class)
                    .setParameter("parent", region.getParentCode()).getResultList(), region.getCode());
        }
        String before = region.getName();
        region.rename(newName.strip());
        audit(actor, ACTION_RENAME, region.getCode(), reason, before, region.getName());
        return region;
    }

    /** Takes a region out of use: it leaves the pickers; enterprises in it stay where they are. */
    public Region deactivate(String code, String reason) {
        return changeActive(code, reason, false);
    }

    /** Puts a region back into use. */
    public Region activate(String code, String reason) {
        return changeActive(code, reason, true);
    }

    private Region changeActive(String code, String reason, boolean active) {
        AccountPrincipal actor = CurrentAccount.requireStaff();
        RegionChange.reasonFault(reason).ifPresent(key -> {
            throw BusinessException.atField("reason", key);
        });
        Region region = existing(code, LockModeType.NONE);
        if (region.isActive() == active) {
            throw new BusinessException(active ? "region.alreadyActive" : "region.alreadyInactive", region.getName());
        }
        region.setActive(active);
        audit(actor, active ? ACTION_ACTIVATE : ACTION_DEACTIVATE, region.getCode(), reason,
                active ? "inactive" : "active", active ? "active" : "inactive");
        return region;
    }

    private Region existing(String code, LockModeType lock) {
        Region region = code == null ? null : em.find(Region.class, code.strip(), lock);
        if (region == null) {
            throw new BusinessException("region.notFound", String.valueOf(code));
        }
        return region;
    }

    private static void requireValid(String name, String reason) {
        BusinessException.throwIfAny(Fault.atFields(RegionChange.violations(name, reason)));
    }

    private static void requireFreeName(String name, List<Region> siblings, String exceptCode) {
        Map<String, String> names = siblings.stream().collect(Collectors.toMap(Region::getCode, Region::getName));
        if (RegionChange.nameTaken(name, names, exceptCode)) {
            throw BusinessException.atField("name", RegionChange.FAULT_NAME_TAKEN);
        }
    }

    private void audit(AccountPrincipal actor, String action, String code, String reason, String before, String after) {
        em.persist(new AuditEntry(LocalDateTime.now(clock), actor.userName(), action, TARGET, code, reason.strip(),
                before, after));
    }

}
