package dev.quizmark.attempt;

import dev.quizmark.app.Formats;
import dev.quizmark.account.CurrentAccount;
import dev.quizmark.account.Role;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The student's quiz list with their status per quiz, the quiz page with its attempt history, and Start. */
@Path("/quizzes")
public class QuizResource {

    /** One row of the attempt history; {@code number} counts from the first attempt. */
    public record HistoryRow(int number, long id, String startedAt, boolean submitted, boolean autoSubmitted,
            String score) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<QuizCard> cards);

        static native TemplateInstance quiz(Quiz quiz, QuizCard card, boolean deleted, boolean student,
                List<AttemptPageView.ReadingLink> readings, List<HistoryRow> history, String timeLimit);
    }

    @Inject
    QuizCatalog catalog;

    @Inject
    AttemptService attempts;

    @Inject
    CurrentAccount me;

    @Inject
    dev.quizmark.quiz.ReadingLibrary library;

    @GET
    @RolesAllowed(Role.STUDENT_ROLE)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        long accountId = me.id();
        Instant now = Instant.now();
        attempts.expireOverdue(accountId, now);
        List<Attempt> mine = Attempt.ofStudent(accountId);
        List<QuizCard> cards = new ArrayList<>();
        for (Quiz quiz : catalog.openQuizzes()) {
            List<Attempt> ofQuiz = mine.stream().filter(a -> a.quizId.equals(quiz.id())).toList();
            cards.add(QuizCard.of(attempts.asTakenBy(accountId, quiz), ofQuiz, false, now));
        }
        return Templates.list(cards);
    }

    @GET
    @Path("{quizId}")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance quiz(@PathParam("quizId") String quizId) {
        Quiz quiz = catalog.current(quizId).orElseThrow(() -> new AttemptProblem(AttemptProblem.Reason.NOT_FOUND));
        boolean deleted = catalog.isDeleted(quizId);
        boolean student = !me.isInstructor();
        if (student) {
            // Times, attempts and window as this student has them (accommodations).
            quiz = attempts.asTakenBy(me.id(), quiz);
        }
        Instant now = Instant.now();
        List<Attempt> mine = List.of();
        if (student) {
            long accountId = me.id();
            attempts.expireOverdue(accountId, now);
            mine = Attempt.ofStudent(accountId, quizId);
        }
        List<HistoryRow> history = new ArrayList<>();
        for (int i = 0; i < mine.size(); i++) {
            Attempt a = mine.get(i);
            history.add(new HistoryRow(mine.size() - i, a.id, Formats.dateTime(a.startedAt), a.isSubmitted(), a.autoSubmitted,
                    a.scorePercent == null ? null : Formats.percent(a.scorePercent.doubleValue())));
        }
        // "20분", never "20:00", which reads as a time of day.
        String timeLimit = quiz.settings().timeLimit() == null ? null
                : me.messages(AttemptMessages.class).minutes(minutes(quiz.settings().timeLimit()));
        return Templates.quiz(quiz, QuizCard.of(quiz, mine, deleted, now), deleted, student,
                AttemptPageView.readings(quiz, library), history, timeLimit);
    }

    /** Start, or resume the attempt in progress; refusals (closed, no attempts left, ...) get a page saying why. */
    @POST
    @Path("{quizId}/start")
    @RolesAllowed(Role.STUDENT_ROLE)
    public Response start(@PathParam("quizId") String quizId) {
        Attempt attempt = attempts.startOrResume(me.id(), quizId, Instant.now());
        return Response.seeOther(URI.create("/attempts/" + attempt.id)).build();
    }

    /** Whole minutes, rounded up: a 90-second limit is "2분", not "1분". */
    static long minutes(java.time.Duration limit) {
        return (limit.getSeconds() + 59) / 60;
    }
}
