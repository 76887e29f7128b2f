package org.cmmm.region.web;

import org.cmmm.platform.web.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cmmm.region.boundary.RegionService;
import org.cmmm.region.entity.Region;

/**
 * The options of the three region selects (province, city, county) that every region picker shows
 * ({@link RegionPick} holds what was picked): {@code #{regionOptions.children(bean.region.province)}}.
 */
@Named
@RequestScoped
public class RegionOptions {

    @Inject
    RegionService regions;

    @Inject
    Language language;

    public List<Region> getProvinces() {
        return regions.provinces();
    }

    /** A region as an option reads in the page's language: 苏州市, or Suzhou Shi (苏州市). */
    public String label(Region region) {
        return regions.name(region.getName(), language.getLocale());
    }

    /** Where something is, by its region's whole path in the page's language: "江苏省 苏州市 虎丘区". */
    public String path(String regionPath) {
        return regions.pathName(regionPath, language.getLocale());
    }

    /** The active regions under a region; none when nothing is picked above. */
    public List<Region> children(String parentCode) {
        return regions.children(parentCode);
    }
}
