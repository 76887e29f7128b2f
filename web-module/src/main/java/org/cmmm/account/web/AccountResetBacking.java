package org.cmmm.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.cmmm.account.boundary.PasswordResetService;
import org.cmmm.account.boundary.PasswordResetService.By;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.web.Texts;
import org.cmmm.sms.boundary.VerificationCodeService;
import org.primefaces.PrimeFaces;

/** State of /account/reset.xhtml: identify the account, get a code on its mobile, set a new password. */
@Named
@ViewScoped
public class AccountResetBacking implements Serializable {

    private static final String FORM = "reset:";

    @Inject
    transient VerificationCodeService codes;

    @Inject
    transient PasswordResetService reset;

    private By by = By.MOBILE;
    private String identifier;
    private String code;
    private String userName;
    private String newPassword;
    private String newPasswordAgain;

    @PostConstruct
    void init() {
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("by");
        if ("uscc".equalsIgnoreCase(requested)) {
            by = By.USCC;
        }
    }

    public void sendCode() {
        try {
            reset.sendCodeAcrossRegions(by, identifier);
            Texts.info("account.reset.sent", codes.validityMinutes());
            PrimeFaces.current().ajax().addCallbackParam("sent", true);
        } catch (BusinessException e) {
            show(e);
        }
    }

    public void resetPassword() throws IOException {
        String account;
        try {
            account = reset.resetAcrossRegions(by, identifier, code, userName, newPassword, newPasswordAgain);
        } catch (BusinessException e) {
            show(e);
            return;
        }
        // the user name too: someone who forgot it is not stuck at the sign-in page
        Texts.redirectWithInfo("/account/login.xhtml", "account.reset.done", account);
    }

    private static void show(BusinessException e) {
        Texts.errorsInForm(e, FORM);
    }

    public By[] getWays() {
        return By.values();
    }

    public By getBy() {
        return by;
    }

    public void setBy(By by) {
        this.by = by;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordAgain() {
        return newPasswordAgain;
    }

    public void setNewPasswordAgain(String newPasswordAgain) {
        this.newPasswordAgain = newPasswordAgain;
    }
}
