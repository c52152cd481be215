package dev.quizmark.app;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Makes the language cookie win over the browser's Accept-Language, so Qute picks the chosen locale
 * through its normal Accept-Language handling.
 */
public class LanguageCookieFilter {

    @ServerRequestFilter(preMatching = true)
    public void applyLanguageCookie(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(Languages.COOKIE);
        if (cookie != null) {
            String language = Languages.resolve(cookie.getValue(), request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
    }
}
