package org.cmmm.support.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.web.Texts;
import org.cmmm.region.boundary.RegionService;
import org.cmmm.region.entity.Region;
import org.cmmm.support.boundary.SupportService;
import org.cmmm.support.control.RegionAdminForm;
import org.cmmm.region.web.RegionPick;

/** State of /support/region-admin.xhtml: the account of a regional administrator, bound to the region picked. */
@Named
@ViewScoped
public class SupportRegionAdminBacking implements Serializable {

    private static final String FORM = "admin:";

    @Inject
    transient SupportService support;

    @Inject
    transient RegionService regions;

    private String userName;
    private String password;
    private String displayName;
    private String mobile;
    private final RegionPick region = new RegionPick();

    public void create() {
        RegionAdminForm form = new RegionAdminForm(userName, password, displayName, mobile, region.code());
        try {
            support.createRegionAdmin(form);
        } catch (BusinessException e) {
            Texts.errorsInForm(e, FORM, Map.of("regionCode", "province"));
            return;
        }
        String regionName = regions.find(region.code()).map(Region::getName).orElse(region.code());
        Texts.info("support.regionAdmin.done", userName.strip().toLowerCase(Locale.ROOT), regionName);
        userName = null;
        password = null;
        displayName = null;
        mobile = null;
        region.clear();
    }


    public RegionPick getRegion() {
        return region;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }
}
