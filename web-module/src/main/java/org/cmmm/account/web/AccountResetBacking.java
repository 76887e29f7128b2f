package org.cmmm.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.cmmm.account.boundary.PasswordResetService;
import org.cmmm.account.boundary.PasswordResetService.By;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.web.Texts;
import org.cmmm.sms.boundary.VerificationCodeService;
import org.primefaces.PrimeFaces;

/**
 * State of /account/reset.xhtml, in two steps: identify the account and enter the code sent to its mobile; then,
 * with the account's user name shown (or a choice of them), set a new password. The ticket of the checked code
 * stays here on the server, never in the page.
 */
@Named
@ViewScoped
public class AccountResetBacking implements Serializable {

    private static final String FORM = "reset:";

    @Inject
    transient VerificationCodeService codes;

    @Inject
    transient PasswordResetService reset;

    private By by = By.MOBILE;
    /** Set once the code was right: the second step shows. */
    private PasswordResetService.Verified verified;
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

    public void verifyCode() {
        try {
            verified = reset.verifyCodeAcrossRegions(by, identifier, code);
        } catch (BusinessException e) {
            show(e);
            return;
        }
        userName = verified.userNames().size() == 1 ? verified.userNames().get(0) : null;
        PrimeFaces.current().focus(FORM + "newPassword");
    }

    public void resetPassword() throws IOException {
        if (verified == null) {
            // a second step posted to a view that never passed the first (a replay): it shows the first step
            show(new BusinessException(VerificationCodeService.FAULT_TICKET_REFUSED));
            return;
        }
        String account;
        try {
            account = reset.resetAcrossRegions(by, identifier, verified.ticket(), userName, newPassword, newPasswordAgain);
        } catch (BusinessException e) {
            if (VerificationCodeService.FAULT_TICKET_REFUSED.equals(e.messageKey())) {
                startAgain(); // expired or used in another tab: the only way on is a new code
            }
            show(e);
            return;
        }
        // the user name too: someone who forgot it is not stuck at the sign-in page
        Texts.redirectWithInfo("/account/login.xhtml", "account.reset.done", account);
    }

    /** Back to the first step, with the identifier kept. */
    public void startAgain() {
        verified = null;
        code = null;
        userName = null;
        newPassword = null;
        newPasswordAgain = null;
    }

    public boolean isVerified() {
        return verified != null;
    }

    public List<String> getUserNames() {
        return verified == null ? List.of() : verified.userNames();
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
