package dev.quizmark.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Self-registration: on when the instructor set a class join code (QUIZMARK_REGISTRATION_JOIN_CODE). */
@ApplicationScoped
public class Registration {

    @ConfigProperty(name = "quizmark.registration.join-code")
    Optional<String> joinCode;

    public boolean enabled() {
        return joinCode.filter(code -> !code.isBlank()).isPresent();
    }

    /** Constant-time comparison, so response timing does not reveal how much of a guess was right. */
    public boolean matches(String typed) {
        return enabled() && typed != null && MessageDigest.isEqual(typed.strip().getBytes(StandardCharsets.UTF_8),
                joinCode.orElseThrow().strip().getBytes(StandardCharsets.UTF_8));
    }
}
