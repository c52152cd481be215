package dev.quizmark.account;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps any URL storable in form authentication's "where to go after sign-in" cookie. Quarkus stores the
 * requested URL as it came, but a URL may hold characters a cookie value may not ({@code , ; " \}, spaces,
 * non-ASCII); the response then fails while being written and the visitor never gets one. Just before the
 * headers go out, those characters are percent-encoded: the URL means the same and the redirect to the
 * sign-in page goes out at once.
 */
@ApplicationScoped
public class SavedLocationCookie {

    /** Before authentication (priority 200), which may answer with the sign-in redirect itself. */
    private static final int PRIORITY = 500;

    @ConfigProperty(name = "quarkus.http.auth.form.location-cookie", defaultValue = "quarkus-redirect-location")
    String cookieName;

    void register(@Observes Filters filters) {
        filters.register(this::encodeBeforeHeaders, PRIORITY);
    }

    private void encodeBeforeHeaders(RoutingContext http) {
        http.addHeadersEndHandler(ignored -> {
            Cookie cookie = http.request().getCookie(cookieName);
            if (cookie != null && !storable(cookie.getValue())) {
                cookie.setValue(encode(cookie.getValue()));
            }
        });
        http.next();
    }

    /** Whether every character is a cookie-octet of RFC 6265. */
    static boolean storable(String value) {
        return value.chars().allMatch(SavedLocationCookie::cookieOctet);
    }

    /** Percent-encodes (as UTF-8) every character that is not a cookie-octet; '%' itself is one, so escapes stay. */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(codePoint -> {
            if (cookieOctet(codePoint)) {
                encoded.append((char) codePoint);
            } else {
                for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                    encoded.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        });
        return encoded.toString();
    }

    private static boolean cookieOctet(int c) {
        return c == 0x21 || (c >= 0x23 && c <= 0x2B) || (c >= 0x2D && c <= 0x3A) || (c >= 0x3C && c <= 0x5B)
                || (c >= 0x5D && c <= 0x7E);
    }
}
