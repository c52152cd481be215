package dev.quizmark.account;

import jakarta.inject.Inject;
import dev.quizmark.app.QuizmarkConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Self-registration: on when the instructor set a class join code (QUIZMARK_REGISTRATION_JOIN_CODE); whether
 * students pick their own group is QUIZMARK_REGISTRATION_STUDENTS_CHOOSE_GROUP.
 */
@ApplicationScoped
public class Registration {

    @Inject
    QuizmarkConfig config;

    public boolean enabled() {
        return config.registration().joinCode().filter(code -> !code.isBlank()).isPresent();
    }

    public boolean studentsChooseGroup() {
        return config.registration().studentsChooseGroup();
    }

    /** Constant-time comparison, so response timing does not reveal how much of a guess was right. */
    public boolean matches(String typed) {
        return enabled() && typed != null && MessageDigest.isEqual(typed.strip().getBytes(StandardCharsets.UTF_8),
                config.registration().joinCode().orElseThrow().strip().getBytes(StandardCharsets.UTF_8));
    }
}
