package org.cmmm.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cmmm.account.boundary.UserNameReminderService;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.web.Texts;
import org.primefaces.PrimeFaces;

/** State of /account/username.xhtml (找回用户名): the mobile to which the user names of its accounts are sent. */
@Named
@ViewScoped
public class AccountUserNameBacking implements Serializable {

    @Inject
    transient UserNameReminderService reminders;

    private String mobile;

    public void send() {
        try {
            reminders.sendUserNamesAcrossRegions(mobile);
        } catch (BusinessException e) {
            Texts.errorsInForm(e, "names:");
            return;
        }
        // the same answer whether the number has accounts or not, and whether the limits held the message back
        Texts.info("account.userNames.sent");
        PrimeFaces.current().ajax().addCallbackParam("sent", true);
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }
}
