package org.cmmm.support.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.web.Texts;
import org.cmmm.region.boundary.RegionAdministration;
import org.cmmm.region.boundary.RegionService;
import org.cmmm.region.entity.Region;
import org.cmmm.region.web.RegionPick;

/**
 * State of /support/regions.xhtml: the region picked with the cascade of province, city and county, its
 * children (active or not), a new zone under it, and one change (rename, take out of use, put back into use)
 * of a child at a time. View-scoped, so the picked region and everything typed survive an error.
 */
@Named
@ViewScoped
public class SupportRegionsBacking implements Serializable {

    private static final String FORM = "regions:";

    /** The changes of a child region the page offers. */
    public enum Change { RENAME, DEACTIVATE, ACTIVATE }

    @Inject
    transient RegionAdministration administration;

    @Inject
    transient RegionService regions;

    private final RegionPick region = new RegionPick();

    private String zoneName;
    private String zoneReason;

    private String changeCode;
    private Change change;
    private String changeName;
    private String changeReason;

    public void createZone() {
        try {
            Region zone = administration.createZone(picked(), zoneName, zoneReason);
            Texts.info("support.regions.created", zone.getName(), zone.getCode());
            zoneName = null;
            zoneReason = null;
        } catch (BusinessException e) {
            Texts.errorsInForm(e, FORM, Map.of("name", "zoneName", "reason", "zoneReason"));
        }
    }

    public void startChange(String code, Change what) {
        changeCode = code;
        change = what;
        changeName = what == Change.RENAME ? regions.find(code).map(Region::getName).orElse(null) : null;
        changeReason = null;
    }

    public void cancelChange() {
        changeCode = null;
        change = null;
        changeName = null;
        changeReason = null;
    }

    public void applyChange() {
        try {
            Region region = switch (change) {
                case RENAME -> administration.rename(changeCode, changeName, changeReason);
                case DEACTIVATE -> administration.deactivate(changeCode, changeReason);
                case ACTIVATE -> administration.activate(changeCode, changeReason);
            };
            Texts.info(switch (change) {
                case RENAME -> "support.regions.renamed";
                case DEACTIVATE -> "support.regions.deactivated";
                case ACTIVATE -> "support.regions.activated";
            }, region.getName());
            cancelChange();
        } catch (BusinessException e) {
            Texts.errorsInForm(e, FORM, Map.of("name", "changeName", "reason", "changeReason"));
        }
    }


    /** The most precise region picked: county (or zone), else city, else province; null when none. */
    public String picked() {
        return region.code();
    }

    public boolean isPicked() {
        return picked() != null;
    }

    public String getPickedName() {
        return regions.find(picked()).map(Region::getName).orElse("");
    }

    /** The children of the picked region, active or not. */
    public List<Region> getChildren() {
        return isPicked() ? administration.children(picked()) : List.of();
    }

    public String getChangeTitle() {
        if (change == null) {
            return "";
        }
        String name = regions.find(changeCode).map(Region::getName).orElse(changeCode);
        return Texts.text("support.regions.change." + change.name(), name, changeCode);
    }

    /** A changed province or city clears what was below it and closes a change begun there. */
    public void provinceChanged() {
        region.provinceChanged();
        cancelChange();
    }

    public void cityChanged() {
        region.cityChanged();
        cancelChange();
    }

    public void countyChanged() {
        cancelChange();
    }

    // plain properties of the form

    public RegionPick getRegion() {
        return region;
    }

    public String getZoneName() {
        return zoneName;
    }

    public void setZoneName(String zoneName) {
        this.zoneName = zoneName;
    }

    public String getZoneReason() {
        return zoneReason;
    }

    public void setZoneReason(String zoneReason) {
        this.zoneReason = zoneReason;
    }

    public String getChangeCode() {
        return changeCode;
    }

    public Change getChange() {
        return change;
    }

    public boolean isRenaming() {
        return change == Change.RENAME;
    }

    public String getChangeName() {
        return changeName;
    }

    public void setChangeName(String changeName) {
        this.changeName = changeName;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public void setChangeReason(String changeReason) {
        this.changeReason = changeReason;
    }
}
