package org.cmmm.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import org.cmmm.account.boundary.RegistrationService;
import org.cmmm.account.control.RegistrationForm;
import org.cmmm.enterprise.web.IndustryOptions;
import org.cmmm.enterprise.control.EnterpriseSize;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.web.Texts;
import org.cmmm.sms.boundary.VerificationCodeService;
import org.cmmm.region.web.RegionPick;

/**
 * State of /account/register.xhtml. View-scoped, so that everything typed survives a validation error and
 * the region picker keeps its province and city. Errors are shown at their fields, all at once.
 */
@Named
@ViewScoped
public class AccountRegisterBacking implements Serializable {

    private static final String FORM = "register:";
    /** Form fields whose error shows at another component than their own name. */
    private static final Map<String, String> COMPONENT_OF_FIELD = Map.of("regionCode", "province", "industryCode", "industry");

    @Inject
    transient VerificationCodeService codes;

    @Inject
    transient RegistrationService registration;

    @Inject
    transient IndustryOptions industryOptions;

    private String userName;
    private String password;
    private String passwordAgain;
    private String enterpriseName;
    private String uscc;
    private String industryCode;
    private final RegionPick region = new RegionPick();
    private String address;
    private String contactPerson;
    private String mobile;
    private String smsCode;
    private String email;
    private EnterpriseSize size;
    private boolean usccTaken;
    private boolean codeSent;

    public void sendCode() {
        try {
            registration.sendCode(mobile);
            codeSent = true;
            Texts.info("sms.sent", codes.validityMinutes());
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("sent", true);
        } catch (BusinessException e) {
            Texts.errors(e, field -> FORM + "mobile"); // every fault of sending a code concerns the mobile
        }
    }

    public void register() throws IOException {
        usccTaken = false;
        try {
            registration.register(form());
        } catch (BusinessException e) {
            usccTaken = e.has(RegistrationService.FAULT_USCC_TAKEN);
            Texts.errorsInForm(e, FORM, COMPONENT_OF_FIELD);
            return;
        }
        Texts.redirectWithInfo("/account/login.xhtml", "account.register.done");
    }

    private RegistrationForm form() {
        return new RegistrationForm(userName, password, passwordAgain, enterpriseName, uscc, industryCode,
                regionCode(), address, contactPerson, mobile, smsCode, email, size);
    }

    String regionCode() {
        return region.code();
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

    // plain properties of the form

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

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public void setEnterpriseName(String enterpriseName) {
        this.enterpriseName = enterpriseName;
    }

    public String getUscc() {
        return uscc;
    }

    public void setUscc(String uscc) {
        this.uscc = uscc;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public void setIndustryCode(String industryCode) {
        this.industryCode = industryCode;
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

    public String getSmsCode() {
        return smsCode;
    }

    public void setSmsCode(String smsCode) {
        this.smsCode = smsCode;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public EnterpriseSize getSize() {
        return size;
    }

    public void setSize(EnterpriseSize size) {
        this.size = size;
    }

    public boolean isUsccTaken() {
        return usccTaken;
    }

    public boolean isCodeSent() {
        return codeSent;
    }
}
