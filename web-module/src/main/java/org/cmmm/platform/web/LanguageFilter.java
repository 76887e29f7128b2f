package org.cmmm.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The language switch: a GET with {@code ?lang=en} or {@code ?lang=zh_CN} stores the choice in a cookie for
 * a year and applies it to this request. Only GET, so a form post never changes language half-way.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // GET only, and asked only then: reading a parameter of a POST here would decode its body before the
        // page sets the encoding
        String lang = "GET".equals(request.getMethod()) ? request.getParameter("lang") : null;
        if (lang != null) {
            Locale locale = Language.parse(lang);
            Cookie cookie = new Cookie(Language.COOKIE, locale == Language.ENGLISH ? "en" : "zh_CN");
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            request.setAttribute(Language.COOKIE, locale);
        }
        chain.doFilter(request, response);
    }
}
