package org.cmmm.account.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.web.filter.AccessControlFilter;

/**
 * {@code unlisted}: the last URL rule. Whatever no rule above it opens is "not found" (404, the localized error
 * page), for everyone: a new page is closed until a rule in shiro.ini says who may open it.
 */
public class UnlistedFilter extends AccessControlFilter {

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        return false;
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws IOException {
        ((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND);
        return false;
    }
}
