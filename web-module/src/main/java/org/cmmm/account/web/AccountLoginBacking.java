package org.cmmm.account.web;

import org.cmmm.platform.boundary.CurrentAccount;
import org.cmmm.platform.control.AccountPrincipal;
import org.cmmm.platform.control.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.util.SavedRequest;
import org.cmmm.platform.web.ClientAddress;
import org.cmmm.platform.web.LocalPath;
import org.apache.shiro.web.util.WebUtils;
import org.cmmm.account.boundary.AccountService;
import org.cmmm.platform.web.Texts;

/** State of /account/login.xhtml: signs in, then goes where the user was going (or home). */
@Named
@RequestScoped
public class AccountLoginBacking {

    @Inject
    AccountService accounts;

    @Inject
    ClientAddress clientAddress;

    private String userName;
    private String password;

    public void login() throws IOException {
        Subject subject = SecurityUtils.getSubject();
        try {
            // the client address goes with the token: sign-in failures are also counted per address
            String address = clientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
            subject.login(new UsernamePasswordToken(userName, password, false, address));
        } catch (AuthenticationException failedOrLocked) {
            // one answer for a wrong password, an unknown user and a locked account: the page tells no one
            // which user names exist (only an existing account can be locked)
            Texts.error(null, "account.login.failed", accounts.lockoutFailures(), accounts.lockoutMinutes());
            return;
        } finally {
            password = null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.changeSessionId(); // a session id known before the login is worthless after it
        SavedRequest saved = WebUtils.getAndClearSavedRequest(request);
        // back to the page that asked for the sign-in, when it is a page of this platform (never another site)
        String target = Optional.ofNullable(saved).filter(asked -> "GET".equalsIgnoreCase(asked.getMethod()))
                .flatMap(asked -> LocalPath.of(asked.getRequestUrl(), request.getContextPath()))
                .orElse(request.getContextPath() + landing());
        external.redirect(target);
    }

    /** Where each role's work is, when no page asked for the sign-in: an enterprise its self-diagnosis, and so on. */
    private static String landing() {
        Role role = CurrentAccount.principal().map(AccountPrincipal::role).orElse(null);
        if (role == null) {
            return "/index.xhtml";
        }
        return switch (role) {
            case ENTERPRISE -> "/diagnosis/index.xhtml";
            case REGION_ADMIN -> "/statistics/index.xhtml";
            case SUPPORT, ADMIN -> "/support/index.xhtml";
        };
    }

    public void logout() throws IOException {
        SecurityUtils.getSubject().logout();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
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
