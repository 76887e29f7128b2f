package org.cmmm.account.web;

import jakarta.enterprise.inject.spi.CDI;
import java.util.Set;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.LockedAccountException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.cmmm.account.boundary.AccountService;
import org.cmmm.platform.control.AccountPrincipal;
import org.cmmm.account.control.LoginOutcome;

/**
 * Connects Shiro to the accounts: the password check, failure counting and lockout happen in
 * {@link AccountService}; this realm only translates its outcome. Roles come from the principal.
 */
public class AccountRealm extends AuthorizingRealm {

    public AccountRealm() {
        // the boundary has already checked the password (argon2id) when it returns a principal
        setCredentialsMatcher(new AllowAllCredentialsMatcher());
        setAuthorizationCachingEnabled(false);
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        UsernamePasswordToken login = (UsernamePasswordToken) token;
        LoginOutcome outcome = CDI.current().select(AccountService.class).get()
                .login(login.getUsername(), login.getPassword() == null ? "" : new String(login.getPassword()), login.getHost());
        if (outcome instanceof LoginOutcome.Success success) {
            return new SimpleAuthenticationInfo(success.principal(), login.getCredentials(), getName());
        }
        if (outcome instanceof LoginOutcome.Locked) {
            // told apart for Shiro's listeners only: the page answers a locked account like a wrong password
            throw new LockedAccountException();
        }
        throw new IncorrectCredentialsException();
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        AccountPrincipal user = principals.oneByType(AccountPrincipal.class);
        return new SimpleAuthorizationInfo(user == null ? Set.of() : Set.of(user.role().name()));
    }
}
