package org.cmmm.support.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.cmmm.enterprise.web.IndustryOptions;
import org.cmmm.enterprise.control.EnterpriseSize;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.web.Texts;
import org.cmmm.support.boundary.CreatedUnit;
import org.cmmm.support.boundary.SupportService;
import org.cmmm.support.control.NonLegalEntityForm;
import org.cmmm.region.web.RegionPick;

/**
 * State of /support/unit.xhtml: a unit that is not a legal entity and its account. View-scoped, so that
 * everything typed survives an error; after a success the form is emptied for the next unit.
 */
@Named
@ViewScoped
public class SupportUnitBacking implements Serializable {

    private static final String FORM = "unit:";
    /** Form fields whose error shows at another component than their own name. */
    private static final Map<String, String> COMPONENT_OF_FIELD = Map.of("regionCode", "province", "industryCode", "industry");

    @Inject
    transient SupportService support;

    @Inject
    transient IndustryOptions industryOptions;

    private String unitName;
    private String parentUscc;
    private String industryCode;
    private EnterpriseSize size;
    private final RegionPick region = new RegionPick();
    private String address;
    private String contactPerson;
    private String mobile;
    private String userName;
    private String password;

    public void create() {
        NonLegalEntityForm form = new NonLegalEntityForm(unitName, parentUscc, industryCode, size, region.code(), address,
                contactPerson, mobile, userName, password);
        CreatedUnit created;
        try {
            created = support.createNonLegalEntityAcrossRegions(form);
        } catch (BusinessException e) {
            Texts.errorsInForm(e, FORM, COMPONENT_OF_FIELD);
            return;
        }
        Texts.info("support.unit.done", unitName.strip(), userName.strip().toLowerCase(java.util.Locale.ROOT),
                String.valueOf(created.enterpriseId()));
        clear();
    }

    private void clear() {
        unitName = null;
        parentUscc = null;
        industryCode = null;
        size = null;
        region.clear();
        address = null;
        contactPerson = null;
        mobile = null;
        userName = null;
        password = null;
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

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public String getParentUscc() {
        return parentUscc;
    }

    public void setParentUscc(String parentUscc) {
        this.parentUscc = parentUscc;
    }

    public EnterpriseSize getSize() {
        return size;
    }

    public void setSize(EnterpriseSize size) {
        this.size = size;
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

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
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
}
