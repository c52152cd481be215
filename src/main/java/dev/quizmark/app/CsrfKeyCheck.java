package dev.quizmark.app;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Checks the CSRF signing key at start-up: Quarkus only refuses a key shorter than 32 characters when it first
 * signs a token, which would break every form of a running server. Without a key tokens are not signed; that
 * still protects forms, so it is only a warning (docs/security.md, "Production settings").
 */
@Startup
@ApplicationScoped
public class CsrfKeyCheck {

    static final int MIN_LENGTH = 32;

    private static final Logger LOG = Logger.getLogger(CsrfKeyCheck.class);

    @ConfigProperty(name = "quarkus.rest-csrf.token-signature-key")
    Optional<String> key;

    @PostConstruct
    void check() {
        if (key.isEmpty()) {
            LOG.warn("QUIZMARK_CSRF_KEY is not set: CSRF tokens are not signed. Set it to 32 or more random characters.");
        } else if (key.get().length() < MIN_LENGTH) {
            throw new IllegalStateException("QUIZMARK_CSRF_KEY must be at least " + MIN_LENGTH + " characters long, got "
                    + key.get().length() + ". Use a long random value, e.g. the output of: openssl rand -base64 32");
        }
    }
}
