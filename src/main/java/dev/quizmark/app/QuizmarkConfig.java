package dev.quizmark.app;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Every Quizmark setting ({@code quizmark.*} in application.properties, each overridable by an environment
 * variable as the README lists). Settings of Quarkus itself stay under {@code quarkus.*}.
 */
@ConfigMapping(prefix = "quizmark")
public interface QuizmarkConfig {

    /** The course's time zone: every date and time on a page or in an export is shown in it. */
    ZoneId timeZone();

    Quizzes quizzes();

    Http http();

    Instructor instructor();

    Registration registration();

    Session session();

    SignIn signIn();

    PasswordHashing passwordHashing();

    Attempt attempt();

    Lti lti();

    RosterImport rosterImport();

    Live live();

    interface Live {
        /**
         * Wrong PINs one client address may type before each further one makes it wait (1 s, 2 s, … up to
         * {@code sign-in.max-delay}): high, since a whole lecture hall may share one address.
         */
        int pinFailuresBeforeDelay();
    }

    interface RosterImport {
        /** Threads that hash an import's one-time passwords at once, each taking a hashing turn like a sign-in. */
        int hashingThreads();
    }

    interface Quizzes {
        /** The watched folder of quiz files and reading passages. */
        Path dir();
    }

    interface Http {
        /** Students reach the site over HTTPS (directly or behind a TLS proxy): every cookie is Secure. */
        boolean secureCookies();

        /** Send Strict-Transport-Security. */
        boolean hsts();
    }

    /** The first instructor, created at start-up when there is none. */
    interface Instructor {
        Optional<String> username();

        Optional<String> password();
    }

    interface Registration {
        /** Self-registration is open only while a join code is set. */
        Optional<String> joinCode();

        boolean studentsChooseGroup();

        int joinCodeFailuresBeforeDelay();
    }

    interface Session {
        /** How long any sign-in lasts, however busy the student is. */
        Duration absoluteLifetime();
    }

    interface SignIn {
        int failuresBeforeDelay();

        int addressFailuresBeforeDelay();

        Duration maxDelay();

        Duration forgetAfter();
    }

    interface PasswordHashing {
        int maxConcurrent();

        Duration maxWait();

        /** What a busy page tells the browser to wait before trying again. */
        Duration retryAfter();
    }

    interface Attempt {
        /** Answers are still taken this long after an attempt's deadline (network delay, a slow phone). */
        Duration grace();

        DeadlineJob deadlineJob();

        interface DeadlineJob {
            /** How often overdue attempts are submitted for students who left. */
            String every();
        }
    }

    /** Quizmark as an LTI 1.3 tool (docs/lti.md). */
    interface Lti {
        /** The address platforms reach Quizmark at; empty = taken from each request. */
        Optional<String> publicUrl();

        /** Clock difference with a platform that the id_token's exp and iat checks forgive. */
        Duration clockLeeway();

        /** How long a rotated-out signing key stays published in /lti/jwks. */
        Duration keyRetention();

        /** CSP frame-ancestors sources allowed to frame the LTI entry pages. */
        String frameAncestors();

        /** A PEM file of certificates trusted for calls to platforms besides the JDK's authorities. */
        Optional<java.nio.file.Path> trustedCertificates();

        ScoreJob scoreJob();

        ScoreRetry scoreRetry();

        /** How often due scores are sent (the job reads the property itself; mapped so it is known). */
        interface ScoreJob {
            String every();
        }

        /** Waits between tries of a score the platform did not take: doubling from firstWait up to maxWait. */
        interface ScoreRetry {
            Duration firstWait();

            Duration maxWait();

            /** After this many failed tries a score is marked failed (the instructor can send it again). */
            int maxTries();
        }
    }
}
