package dev.quizmark.lti;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quizmark.app.SqlValues;
import dev.quizmark.attempt.AttemptSubmitted;
import dev.quizmark.instructor.GradebookService;
import dev.quizmark.instructor.GradedResult;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.regrade.AttemptRegraded;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Grade passback (LTI Assignment and Grade Services) through an outbox. Grading marks the student's row of every
 * gradebook column the quiz has in the student's courses as pending, in the grading transaction, so no grade is
 * lost when Quizmark or the platform stops. The sender (a job on every instance) takes due rows one at a time
 * with a conditional update, posts the student's current graded result, and on failure tries again with a
 * doubling wait; a platform's refusal that waiting cannot fix (4xx) or too many tries mark the row failed with
 * the platform's message, for the instructor to see and retry.
 */
@ApplicationScoped
public class ScoreOutbox {

    private static final Logger LOG = Logger.getLogger(ScoreOutbox.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String SCORE_MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";
    /** How long a claimed row is left to its sender before another instance may take it. */
    private static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    EntityManager em;

    @Inject
    ServiceTokens tokens;

    @Inject
    LtiAccounts accounts;

    @Inject
    QuizCatalog catalog;

    @Inject
    GradebookService gradebook;

    @Inject
    dev.quizmark.app.QuizmarkConfig config;

    /** The hook into grading: runs inside the transaction that submitted and graded the attempt. */
    void onGraded(@Observes AttemptSubmitted submitted) {
        enqueue(submitted.quizId(), submitted.accountId(), Instant.now());
    }

    void onRegraded(@Observes AttemptRegraded regraded) {
        enqueue(regraded.quizId(), regraded.accountId(), Instant.now());
    }

    /** Marks the student's score for every line item of the quiz in their courses as due; call in a transaction. */
    public void enqueue(String quizId, long accountId, Instant now) {
        List<Number> links = em.createNativeQuery("select l.id from lti_resource_link l join lti_membership m"
                + " on m.context_id = l.context_id where l.quiz_id = ?1 and m.account_id = ?2 and l.lineitem_url is not null")
                .setParameter(1, quizId).setParameter(2, accountId).getResultList();
        for (Number link : links) {
            ScoreDelivery row = ScoreDelivery.<ScoreDelivery>find("resourceLinkId = ?1 and accountId = ?2", link.longValue(), accountId)
                    .firstResultOptional().orElseGet(ScoreDelivery::new);
            row.resourceLinkId = link.longValue();
            row.accountId = accountId;
            row.status = ScoreDelivery.Status.PENDING;
            row.tries = 0;
            row.nextTryAt = now;
            row.lastError = null;
            row.updatedAt = now;
            row.persist();
        }
    }

    // Delayed: the first run waits for start-up (migrations) to finish.
    @Scheduled(every = "${quizmark.lti.score-job.every}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void job() {
        deliverDue(Instant.now());
    }

    /** Sends every row due at {@code now}; returns how many were sent. */
    public int deliverDue(Instant now) {
        List<Number> due = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id from lti_score_outbox where status = 'PENDING' and next_try_at <= ?1 order by next_try_at")
                .setParameter(1, now).setMaxResults(50).getResultList());
        int sent = 0;
        for (Number id : due) {
            if (claim(id.longValue(), now) && deliver(id.longValue(), now)) {
                sent++;
            }
        }
        return sent;
    }

    /** Instructor's "send again": the row is due at once with a fresh count of tries. */
    public void retry(long id, Instant now) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update lti_score_outbox set status = 'PENDING',"
                + " tries = 0, next_try_at = ?2, updated_at = ?2 where id = ?1").setParameter(1, id).setParameter(2, now).executeUpdate());
    }

    private boolean claim(long id, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("update lti_score_outbox set next_try_at = ?2"
                + " where id = ?1 and status = 'PENDING' and next_try_at <= ?3")
                .setParameter(1, id).setParameter(2, now.plus(LEASE)).setParameter(3, now).executeUpdate() == 1);
    }

    private record Target(LtiRegistration registration, String lineitemUrl, String sub, Optional<Quiz> quiz, long accountId) {
    }

    private boolean deliver(long id, Instant now) {
        Target target = QuarkusTransaction.requiringNew().call(() -> {
            ScoreDelivery row = ScoreDelivery.findById(id);
            LtiResourceLink link = LtiResourceLink.findById(row.resourceLinkId);
            LtiContext context = LtiContext.findById(link.contextId);
            LtiRegistration registration = LtiRegistration.findById(context.registrationId);
            return new Target(registration, link.lineitemUrl, accounts.sub(registration.issuer, row.accountId),
                    catalog.current(link.quizId), row.accountId);
        });
        Optional<GradedResult> result = target.quiz().flatMap(quiz ->
                QuarkusTransaction.requiringNew().call(() -> gradebook.result(target.accountId(), quiz)));
        if (target.sub() == null || result.isEmpty()) {
            record(id, now, false, new PlatformCallException(400, "nothing to send: no platform user or no graded attempt"), null);
            return false;
        }
        try {
            post(target, result.get(), now);
            record(id, now, true, null, result.get());
            return true;
        } catch (PlatformCallException failure) {
            if (failure.status == 401) {
                tokens.forget(target.registration(), ServiceTokens.SCORE_SCOPE);
            }
            record(id, now, false, failure, result.get());
            return false;
        }
    }

    private void post(Target target, GradedResult result, Instant now) throws PlatformCallException {
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("userId", target.sub());
        score.put("scoreGiven", result.points());
        score.put("scoreMaximum", result.maxPoints());
        score.put("activityProgress", "Completed");
        score.put("gradingProgress", "FullyGraded");
        score.put("timestamp", now.truncatedTo(ChronoUnit.MILLIS).toString());
        String body;
        try {
            body = JSON.writeValueAsString(score);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String token = tokens.token(target.registration(), ServiceTokens.SCORE_SCOPE);
        HttpResponse<String> response = tokens.send(HttpRequest.newBuilder(URI.create(scoresUrl(target.lineitemUrl())))
                .timeout(Duration.ofSeconds(15)).header("Content-Type", SCORE_MEDIA_TYPE)
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() / 100 != 2) {
            throw new PlatformCallException(response.statusCode(),
                    "scores endpoint: " + response.statusCode() + " " + ServiceTokens.brief(response.body()));
        }
    }

    /** The line item's scores endpoint: "/scores" goes at the end of the path, before any query (Moodle has one). */
    static String scoresUrl(String lineitemUrl) {
        int query = lineitemUrl.indexOf('?');
        String path = query < 0 ? lineitemUrl : lineitemUrl.substring(0, query);
        String rest = query < 0 ? "" : lineitemUrl.substring(query);
        return path.replaceAll("/+$", "") + "/scores" + rest;
    }

    private void record(long id, Instant now, boolean sent, PlatformCallException failure, GradedResult result) {
        QuarkusTransaction.requiringNew().run(() -> {
            ScoreDelivery row = ScoreDelivery.findById(id);
            if (row.status != ScoreDelivery.Status.PENDING) {
                return;
            }
            boolean regradedMeanwhile = row.updatedAt.isAfter(now);
            row.updatedAt = Instant.now();
            if (result != null) {
                row.scoreGiven = result.points();
                row.scoreMaximum = result.maxPoints();
            }
            if (sent) {
                row.sentAt = now;
                row.lastError = null;
                // A grade that came in while we were sending is sent again.
                row.status = regradedMeanwhile ? ScoreDelivery.Status.PENDING : ScoreDelivery.Status.SENT;
                row.nextTryAt = now;
                return;
            }
            row.tries++;
            row.lastError = failure.getMessage();
            if (!failure.transientFailure() || row.tries >= config.lti().scoreRetry().maxTries()) {
                row.status = ScoreDelivery.Status.FAILED;
                LOG.warnf("LTI score %d failed for good: %s", id, failure.getMessage());
            } else {
                row.nextTryAt = now.plus(backoff(row.tries));
            }
        });
    }

    /** 30 s, 1 min, 2 min, … up to an hour between tries. */
    Duration backoff(int tries) {
        Duration maxWait = config.lti().scoreRetry().maxWait();
        Duration wait = config.lti().scoreRetry().firstWait().multipliedBy(1L << Math.min(tries - 1, 20));
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    /** For the status page. */
    public record Row(long id, String student, String quizId, String lineitemUrl, ScoreDelivery.Status status, int tries,
            Instant nextTryAt, String lastError, BigDecimal scoreGiven, BigDecimal scoreMaximum, Instant sentAt) {
        public boolean sent() {
            return status == ScoreDelivery.Status.SENT;
        }
    }

    public List<Row> rows(long registrationId) {
        List<Object[]> rows = em.createNativeQuery("select o.id, a.display_name, l.quiz_id, l.lineitem_url, o.status, o.tries,"
                + " o.next_try_at, o.last_error, o.score_given, o.score_maximum, o.sent_at from lti_score_outbox o"
                + " join lti_resource_link l on l.id = o.resource_link_id join lti_context c on c.id = l.context_id"
                + " join account a on a.id = o.account_id where c.registration_id = ?1 order by o.updated_at desc")
                .setParameter(1, registrationId).setMaxResults(500).getResultList();
        return rows.stream().map(r -> new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                ScoreDelivery.Status.valueOf((String) r[4]), ((Number) r[5]).intValue(), SqlValues.instant(r[6]), (String) r[7],
                (BigDecimal) r[8], (BigDecimal) r[9], SqlValues.instant(r[10]))).toList();
    }
}
