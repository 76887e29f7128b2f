package org.cmmm.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.cmmm.platform.control.AccountPrincipal;

/** The signed-in user of this request, for pages: name, role, and whether anyone is signed in. */
@Named
@RequestScoped
public class CurrentUser {

    public boolean isSignedIn() {
        return principal().isPresent();
    }

    public String getDisplayName() {
        return principal().map(AccountPrincipal::displayName).orElse("");
    }

    public boolean hasRole(String role) {
        return principal().map(user -> user.role().name().equals(role)).orElse(false);
    }

    public Optional<AccountPrincipal> principal() {
        Subject subject = SecurityUtils.getSubject();
        return subject.isAuthenticated() && subject.getPrincipal() instanceof AccountPrincipal user
                ? Optional.of(user) : Optional.empty();
    }

    public AccountPrincipal required() {
        return principal().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }
}
