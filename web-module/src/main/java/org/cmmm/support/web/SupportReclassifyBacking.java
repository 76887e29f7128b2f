package org.cmmm.support.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import org.cmmm.enterprise.boundary.EnterpriseService;
import org.cmmm.enterprise.control.EnterpriseSize;
import org.cmmm.enterprise.entity.Enterprise;
import org.cmmm.enterprise.web.IndustryOptions;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.web.NotFound;
import org.cmmm.platform.web.Texts;
import org.cmmm.region.web.RegionPick;
import org.cmmm.support.boundary.SupportService;
import org.cmmm.support.control.ClassificationForm;

/**
 * State of /support/reclassify.xhtml?id=…: where support counts an enterprise (region, industry class, size), filled
 * with what it is now. View-scoped, so that what was typed survives an error; after a change the enterprise's page
 * opens with a message.
 */
@Named
@ViewScoped
public class SupportReclassifyBacking implements Serializable {

    private static final String FORM = "reclassify:";
    /** Form fields whose error shows at another component than their own name. */
    private static final Map<String, String> COMPONENT_OF_FIELD = Map.of("regionCode", "province", "industryCode", "industry");

    @Inject
    transient SupportService support;

    @Inject
    transient EnterpriseService enterprises;

    @Inject
    transient IndustryOptions industryOptions;

    private Long id;
    private String name;
    private String industryCode;
    private EnterpriseSize size;
    private final RegionPick region = new RegionPick();
    private String reason;

    /** Fills the form with the enterprise as it is; an unknown id is "not found". Only on the first request. */
    public void load() throws IOException {
        if (name != null) {
            return;
        }
        Enterprise enterprise = id == null ? null : enterprises.find(id).orElse(null);
        if (enterprise == null) {
            NotFound.send();
            return;
        }
        name = enterprise.getName();
        industryCode = enterprise.getIndustryCode();
        size = enterprise.getSize();
        region.pickPath(enterprise.getRegionPath());
    }

    public void save() throws IOException {
        try {
            support.reclassifyAcrossRegions(id, new ClassificationForm(region.code(), industryCode, size, reason));
        } catch (BusinessException e) {
            Texts.errorsInForm(e, FORM, COMPONENT_OF_FIELD);
            return;
        }
        Texts.redirectWithInfo("/enterprise/view.xhtml?id=" + id, "support.reclassify.done", name);
    }

    public String getIndustry() {
        return industryOptions.label(industryCode);
    }

    public void setIndustry(String label) {
        industryCode = IndustryOptions.codeOf(label);
    }

    public RegionPick getRegion() {
        return region;
    }

    public EnterpriseSize[] getSizes() {
        return EnterpriseSize.values();
    }

    public String getName() {
        return name;
    }

    public EnterpriseSize getSize() {
        return size;
    }

    public void setSize(EnterpriseSize size) {
        this.size = size;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
