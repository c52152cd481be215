package dev.quizmark.account;

import dev.quizmark.app.Languages;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Who is asking, for templates ({@code inject:me}) and resources. */
@Named("me")
@RequestScoped
public class CurrentAccount {

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    private Account account;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public boolean isInstructor() {
        return identity.hasRole(Role.INSTRUCTOR_ROLE);
    }

    public String getUsername() {
        return isSignedIn() ? identity.getPrincipal().getName() : null;
    }

    public String getDisplayName() {
        String name = identity.getAttribute("displayName");
        return name != null ? name : getUsername();
    }

    /** The signed-in account, loaded once per request. */
    public Optional<Account> account() {
        if (account == null && isSignedIn()) {
            account = Account.findByUsername(getUsername()).orElse(null);
        }
        return Optional.ofNullable(account);
    }

    /** The signed-in account; callers are behind an authenticated route, so absence is a bug. */
    public Account require() {
        return account().orElseThrow(() -> new IllegalStateException("no signed-in account"));
    }

    public String getLanguage() {
        Cookie cookie = request.getCookie(Languages.COOKIE);
        return Languages.resolve(cookie == null ? null : cookie.getValue(), request.getHeader("Accept-Language"));
    }

    /** A message bundle in the page's language, for messages built in Java. */
    public <T> T messages(Class<T> bundle) {
        return MessageBundles.get(bundle, Localized.Literal.of(getLanguage()));
    }

    /** The current path and query, URL-encoded, for "come back here" links. */
    public String getPath() {
        return URLEncoder.encode(request.uri(), StandardCharsets.UTF_8);
    }
}
