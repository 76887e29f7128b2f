package org.cmmm.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cmmm.account.boundary.ProfileService;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.web.Texts;

/**
 * State of /account/password.xhtml: the signed-in user changes the password. The boundary checks the current
 * password and the policy; its error shows at the field it names, and the fields keep what was typed.
 */
@Named
@ViewScoped
public class AccountPasswordBacking implements Serializable {

    private static final String FORM = "password:";

    @Inject
    transient ProfileService profile;

    private String currentPassword;
    private String newPassword;
    private String newPasswordAgain;

    public void change() {
        try {
            profile.changePassword(currentPassword, newPassword, newPasswordAgain);
        } catch (BusinessException e) {
            Texts.errorsInForm(e, FORM);
            return;
        }
        currentPassword = null;
        newPassword = null;
        newPasswordAgain = null;
        Texts.info("account.password.done");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
