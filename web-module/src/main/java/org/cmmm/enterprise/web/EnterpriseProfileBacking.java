package org.cmmm.enterprise.web;

import org.cmmm.enterprise.control.EnterpriseSize;
import org.cmmm.enterprise.boundary.EnterpriseService;
import org.cmmm.enterprise.entity.Industry;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cmmm.enterprise.boundary.EnterpriseProfile;
import org.cmmm.enterprise.control.EnterpriseContact;
import org.cmmm.enterprise.entity.Enterprise;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.web.Texts;

/**
 * State of /enterprise/profile.xhtml: an enterprise user's own enterprise, name and USCC shown, contact data
 * edited. The view keeps the version it loaded, so a save from a window that is out of date (another window
 * saved in between) is refused with a message to reload, and what was typed stays on the page.
 */
@Named
@ViewScoped
public class EnterpriseProfileBacking implements Serializable {

    private static final String FORM = "profile:";

    @Inject
    transient EnterpriseProfile profile;

    @Inject
    transient EnterpriseService enterprises;

    private long enterpriseId;
    private int version;
    private String name;
    private String uscc;
    private String address;
    private String contactPerson;
    private String contactMobile;
    private String email;
    private String industry;
    private EnterpriseSize size;
    private String regionPath;
    private boolean stale;

    @PostConstruct
    void load() {
        show(profile.own());
    }

    public void save() {
        stale = false;
        EnterpriseContact contact = new EnterpriseContact(address, contactPerson, contactMobile, email);
        try {
            show(profile.changeContact(enterpriseId, version, contact));
            Texts.info("enterprise.profile.saved");
        } catch (BusinessException e) {
            stale = e.has(EnterpriseProfile.FAULT_STALE);
            Texts.errorsInForm(e, FORM);
        }
    }

    private void show(Enterprise enterprise) {
        enterpriseId = enterprise.getId();
        version = enterprise.getVersion();
        name = enterprise.getName();
        uscc = enterprise.getUscc();
        address = enterprise.getAddress();
        contactPerson = enterprise.getContactPerson();
        contactMobile = enterprise.getContactMobile();
        email = enterprise.getEmail();
        industry = enterprises.industry(enterprise.getIndustryCode()).map(Industry::getLabel).orElse(enterprise.getIndustryCode());
        size = enterprise.getSize();
        regionPath = enterprise.getRegionPath();
    }

    /** Industry, size and region are shown, not edited here: support changes them, audited (/support/reclassify). */
    public String getIndustry() {
        return industry;
    }

    public EnterpriseSize getSize() {
        return size;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public boolean isStale() {
        return stale;
    }

    public String getName() {
        return name;
    }

    public String getUscc() {
        return uscc;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getContactMobile() {
        return contactMobile;
    }

    public void setContactMobile(String contactMobile) {
        this.contactMobile = contactMobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
