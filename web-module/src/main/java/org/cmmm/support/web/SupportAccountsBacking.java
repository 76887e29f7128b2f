package org.cmmm.support.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.cmmm.platform.control.Role;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.web.Texts;
import org.cmmm.support.boundary.AccountSummary;
import org.cmmm.support.boundary.SupportService;

/**
 * State of /support/accounts.xhtml: users by user name, name or mobile; per user, unlock and a dialog to change
 * the registered mobile with the reason. The dialog stays open with its errors at their fields until the
 * change succeeds, and what was typed in it is kept.
 */
@Named
@ViewScoped
public class SupportAccountsBacking implements Serializable {

    static final int MAX_RESULTS = 50;
    private static final String MOBILE_FORM = "mobile:";

    @Inject
    transient SupportService support;

    private String text;
    private List<AccountSummary> results = List.of();
    private boolean searched;

    private AccountSummary selected;
    private String newMobile;
    private String reason;

    public void search() {
        try {
            results = support.searchAccounts(text, MAX_RESULTS);
            searched = true;
        } catch (BusinessException e) {
            Texts.errors(e);
        }
    }

    public void unlock(AccountSummary account) {
        try {
            support.unlock(account.id());
            Texts.info("support.accounts.unlocked", account.userName());
        } catch (BusinessException e) {
            Texts.errors(e);
        }
        search();
    }

    /** Opens the dialog for one account, empty. */
    public void startMobileChange(AccountSummary account) {
        selected = account;
        newMobile = null;
        reason = null;
    }

    public void changeMobile() {
        try {
            support.changeMobile(selected.id(), newMobile, reason);
        } catch (BusinessException e) {
            // a fault without a field (the account may not be changed) is shown in the dialog too
            Texts.errors(e, field -> MOBILE_FORM + (field == null ? "newMobile" : field));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Texts.info("support.accounts.mobileChanged", selected.userName());
        search();
    }

    public String roleLabel(Role role) {
        return Texts.text("support.role." + role.name());
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<AccountSummary> getResults() {
        return results;
    }

    public boolean isSearched() {
        return searched;
    }

    public int getMaxResults() {
        return MAX_RESULTS;
    }

    public AccountSummary getSelected() {
        return selected;
    }

    public String getNewMobile() {
        return newMobile;
    }

    public void setNewMobile(String newMobile) {
        this.newMobile = newMobile;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
