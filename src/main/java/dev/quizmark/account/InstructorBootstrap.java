package dev.quizmark.account;

import jakarta.inject.Inject;
import dev.quizmark.app.QuizmarkConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Creates the first instructor when none exists: from QUIZMARK_INSTRUCTOR_USERNAME/PASSWORD, or, in dev
 * mode only, as "instructor" with a generated password printed to the log. Production never gets a
 * default password.
 */
@ApplicationScoped
public class InstructorBootstrap {

    private static final Logger LOG = Logger.getLogger(InstructorBootstrap.class);

    @Inject
    QuizmarkConfig config;

    void onStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(this::createFirstInstructor);
    }

    void createFirstInstructor() {
        // SQL, not HQL, at start-up: see QuizVersionStore#madeCurrentSince.
        if (((Number) Account.getEntityManager().createNativeQuery("select count(*) from account where role = ?1")
                .setParameter(1, Role.INSTRUCTOR.name()).getSingleResult()).longValue() > 0) {
            return;
        }
        Optional<String> username = config.instructor().username();
        Optional<String> password = config.instructor().password();
        if (username.isPresent() && password.isPresent()) {
            // The first instructor holds the admin flag: someone must be able to manage other instructors.
            Account.create(username.get(), password.get(), Role.INSTRUCTOR, username.get()).admin = true;
            LOG.infof("Created instructor account '%s' from configuration", username.get());
        } else if (ConfigUtils.isProfileActive("dev")) {
            String generated = PasswordGenerator.generate();
            Account.create("instructor", generated, Role.INSTRUCTOR, "Instructor").admin = true;
            LOG.infof("Dev mode: created instructor account 'instructor' with password '%s'", generated);
        } else {
            LOG.warn("No instructor account exists. Set QUIZMARK_INSTRUCTOR_USERNAME and "
                    + "QUIZMARK_INSTRUCTOR_PASSWORD and restart to create the first one.");
        }
    }
}
