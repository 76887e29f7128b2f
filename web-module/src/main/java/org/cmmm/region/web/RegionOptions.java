package org.cmmm.region.web;

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

    public List<Region> getProvinces() {
        return regions.provinces();
    }

    /** The active regions under a region; none when nothing is picked above. */
    public List<Region> children(String parentCode) {
        return regions.children(parentCode);
    }
}
