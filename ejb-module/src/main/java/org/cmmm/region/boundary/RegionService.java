package org.cmmm.region.boundary;

import org.cmmm.platform.boundary.Public;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.cmmm.region.control.RegionCode;
import org.cmmm.region.control.RegionNames;
import org.cmmm.region.control.RegionPath;
import org.cmmm.region.entity.Region;

/** The region tree as pickers and support screens read it: public reference data, not tenant data. */
@Stateless
@Public
public class RegionService {

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    public List<Region> provinces() {
        return active(em.createNamedQuery(Region.PROVINCES, Region.class).getResultList());
    }

    public List<Region> children(String parentCode) {
        if (parentCode == null || parentCode.isBlank()) {
            return List.of();
        }
        return active(em.createNamedQuery(Region.CHILDREN, Region.class).setParameter("parent", parentCode).getResultList());
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : em.find(Region.class, code));
    }

    /**
     * A region path as people read it, the province first: "江苏省 苏州市 吴中区" for {@code /320000/320500/320506/}.
     * A code without a region (never in a valid path) stays a code; a path that is no path is returned as it came.
     */
    public String pathName(String path) {
        return pathName(path, Locale.SIMPLIFIED_CHINESE);
    }

    /** {@link #pathName(String)} in a language: in English each name in pinyin beside it ({@link RegionNames}). */
    public String pathName(String path, Locale locale) {
        List<String> codes;
        try {
            codes = RegionPath.parse(path).codes().stream().map(RegionCode::value).toList();
        } catch (RuntimeException notAPath) {
            return path == null ? "" : path;
        }
        // by key, from the shared cache (Region is @Cacheable): a list of fifty enterprises asked the database fifty times
        return codes.stream().map(code -> find(code).map(region -> RegionNames.inLanguage(region.getName(), locale)).orElse(code))
                .collect(java.util.stream.Collectors.joining(locale.getLanguage().equals("en") ? ", " : " "));
    }

    /** A region's name in a language: 苏州市, or Suzhou Shi (苏州市). */
    public String name(String chineseName, Locale locale) {
        return RegionNames.inLanguage(chineseName, locale);
    }

    private static List<Region> active(List<Region> regions) {
        return regions.stream().filter(Region::isActive).toList();
    }
}
