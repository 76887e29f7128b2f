package org.cmmm.account.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.web.filter.authc.PassThruAuthenticationFilter;

/**
 * Sends an unauthenticated user to the login page and remembers where they were going. The login itself is
 * done by the login page. For a Faces ajax request (an expired session while answering) a plain HTTP
 * redirect would be swallowed by the browser script, so the redirect is sent the way Faces ajax understands.
 */
public class FacesAuthenticationFilter extends PassThruAuthenticationFilter {

    @Override
    protected void redirectToLogin(ServletRequest request, ServletResponse response) throws IOException {
        HttpServletRequest http = (HttpServletRequest) request;
        if ("partial/ajax".equals(http.getHeader("Faces-Request"))) {
            HttpServletResponse out = (HttpServletResponse) response;
            out.setContentType("text/xml");
            out.setCharacterEncoding("UTF-8");
            out.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + http.getContextPath() + getLoginUrl() + "?expired=true\"/></partial-response>");
            return;
        }
        super.redirectToLogin(request, response);
    }
}
