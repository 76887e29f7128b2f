package org.cmmm.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The language of the current request: Chinese unless the user chose English with the switch in the header
 * (remembered in a cookie by {@link LanguageFilter}). Pages read it through {@code <f:view locale>}.
 */
@Named
@RequestScoped
public class Language {

    public static final String COOKIE = "cmmm_lang";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    @Inject
    HttpServletRequest request;

    public Locale getLocale() {
        Object chosen = request.getAttribute(COOKIE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return parse(cookie.getValue());
                }
            }
        }
        return CHINESE;
    }

    public boolean isEnglish() {
        return ENGLISH.getLanguage().equals(getLocale().getLanguage());
    }

    /** The value of the HTML lang attribute. */
    public String getTag() {
        return isEnglish() ? "en" : "zh-CN";
    }

    /** Only the two languages the platform has; anything else is Chinese. */
    static Locale parse(String value) {
        return "en".equals(value) ? ENGLISH : CHINESE;
    }
}
