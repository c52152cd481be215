package dev.quizmark.account;

import io.quarkus.csrf.reactive.runtime.CsrfTokenUtils;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CSRF protection for the log-in form. Quarkus REST's CSRF filter guards every other form, but
 * {@code POST /j_security_check} is answered by form authentication before Quarkus REST runs, so without this a
 * foreign page could sign a visitor into the attacker's account. The log-in page carries the same token as
 * every form ({@code inject:csrf}); this checks it the way the CSRF filter does: the token field must match the
 * CSRF cookie (through the token signature when {@code quarkus.rest-csrf.token-signature-key} is set).
 */
@ApplicationScoped
public class SignInFormGuard {

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String cookieName;

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name")
    String fieldName;

    @ConfigProperty(name = "quarkus.rest-csrf.token-signature-key")
    Optional<String> signatureKey;

    /** Whether the posted log-in form carries the token of the CSRF cookie; the form body has been read. */
    boolean accepts(RoutingContext http) {
        Cookie cookie = http.request().getCookie(cookieName);
        String token = http.request().getFormAttribute(fieldName);
        if (cookie == null || token == null || token.isEmpty()) {
            return false;
        }
        String expected = signatureKey.map(key -> CsrfTokenUtils.signCsrfToken(token, key)).orElse(token);
        return MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
