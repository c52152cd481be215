package dev.quizmark.account;

import dev.quizmark.app.Languages;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
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

    /** A visitor nobody knows: what pages rendered where the session cannot be read are shown as. */
    private static final SecurityIdentity NOBODY = QuarkusSecurityIdentity.builder().setAnonymous(true).build();

    /**
     * Who is asking. Authentication is lazy (application.properties), and an error page for a path no resource
     * matched is rendered on the event loop, where reading the session could block: such a page gets the
     * signed-out header rather than failing.
     */
    private SecurityIdentity who() {
        return BlockingOperationControl.isBlockingAllowed() ? identity : NOBODY;
    }

    public boolean isSignedIn() {
        return !who().isAnonymous();
    }

    public boolean isInstructor() {
        return who().hasRole(Role.INSTRUCTOR_ROLE);
    }

    public String getUsername() {
        return isSignedIn() ? who().getAttribute(AccountIdentities.USERNAME) : null;
    }

    public String getDisplayName() {
        String name = who().getAttribute("displayName");
        return name != null ? name : getUsername();
    }

    /**
     * The signed-in account's id. The session check read the account already (once per request, see
     * {@link SessionIdentityProvider}); this reads nothing. Callers are behind an authenticated route.
     */
    public long id() {
        Long id = isSignedIn() ? who().getAttribute(AccountIdentities.ACCOUNT_ID) : null;
        if (id == null) {
            throw new IllegalStateException("no signed-in account");
        }
        return id;
    }

    /** Whether the account must replace a password an instructor chose (as of this request's session check). */
    public boolean mustChangePassword() {
        return Boolean.TRUE.equals(who().getAttribute(AccountIdentities.MUST_CHANGE_PASSWORD));
    }

    /** The signed-in account as an entity, read on first use (pages that need more than {@link #id()}). */
    public Optional<Account> account() {
        if (account == null && isSignedIn()) {
            account = Account.findById(id());
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
