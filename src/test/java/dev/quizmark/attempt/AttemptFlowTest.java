package dev.quizmark.attempt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.account.Role;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizSettings.Feedback;
import dev.quizmark.support.SignIn;
import dev.quizmark.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttemptFlowTest {

    @Inject
    SubmissionCounter submissions;

    @Inject
    AttemptDeadlineJob deadlineJob;

    @Inject
    Scheduler scheduler;

    FixtureQuizzes.Folder catalog;

    @BeforeEach
    void installCatalog() {
        catalog = FixtureQuizzes.folder();
    }

    private static Attempt attempt(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(id));
    }

    private static void setDeadline(long id, Instant deadline) {
        QuarkusTransaction.requiringNew().run(() -> Attempt.update("deadline = ?1 where id = ?2", deadline, id));
    }

    @Test
    void startRecordsVersionSeedAndDeadlineCappedAtClosingAndStartingAgainResumes() {
        OffsetDateTime closes = OffsetDateTime.now().plusMinutes(5);
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> FixtureQuizzes.window(null, closes)
                .apply(FixtureQuizzes.timed(Duration.ofMinutes(10)).apply(s))));
        SignedIn student = SignedIn.newStudent();
        long id = student.start(quiz.id());
        Attempt attempt = attempt(id);
        assertEquals(quiz.contentHash(), attempt.contentHash);
        assertEquals(AttemptStatus.IN_PROGRESS, attempt.status);
        assertEquals(closes.toInstant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), attempt.deadline.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), "deadline is capped at available_until");
        assertEquals(0, new BigDecimal("10.000").compareTo(attempt.maxPoints));
        assertEquals(id, student.start(quiz.id()), "starting again resumes the attempt in progress");
        student.http().get("/attempts/" + id).then().statusCode(200)
                .body(containsString("남은 시간 4:5")).body(containsString("data-left-ms="));
    }

    @Test
    void savedAnswersComeBackOnReload() {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        SignedIn student = SignedIn.newStudent();
        long id = student.start(quiz.id());
        Map<String, Object> fields = Forms.correct(student, id);
        fields.put("page", "1");
        fields.put("go", "save");
        student.save(id, fields).then().statusCode(303).header("Location", endsWith("/attempts/" + id + "?page=1&saved=true"));
        String page = student.http().get("/attempts/" + id + "?page=1&saved=true").then().statusCode(200)
                .body(containsString("답을 저장했습니다")).body(containsString("8문항 중 8문항 답함")).extract().asString();
        assertTrue(page.contains("id=\"q-single-1\" name=\"q.single\" value=\"1\" checked"), "single choice");
        assertTrue(page.contains("id=\"q-multiple-2\" name=\"q.multiple\" value=\"2\" checked"), "multiple response");
        assertFalse(page.contains("id=\"q-multiple-3\" name=\"q.multiple\" value=\"3\" checked"), "unticked box");
        assertTrue(page.contains("id=\"q-tf-true\" name=\"q.tf\" value=\"true\" checked"), "true/false");
        assertTrue(page.contains("name=\"q.short\" value=\"Aider\""), "short answer");
        assertTrue(page.contains("name=\"q.numeric\" value=\"71.6\""), "numeric");
        assertTrue(page.contains("name=\"q.cloze.1\" value=\"128000\""), "cloze blank");
        assertEquals(3 + 3, count(page, "\" selected>"), "ordering and matching selects keep their choices");
        List<String> stored = QuarkusTransaction.requiringNew().call(() ->
                QuestionResponse.<QuestionResponse>find("attemptId = ?1 and questionId = 'ordering'", id).firstResult().answer());
        assertEquals(List.of("1", "2", "3"), stored, "ordering is stored per item in file order");
    }

    @Test
    void backgroundSaveTakesTheCsrfTokenFromTheHeaderAndAnswersJson() {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        SignedIn student = SignedIn.newStudent();
        long id = student.start(quiz.id());
        student.saveQuestion(id, "short", Map.of("q.short", "  aider ")).then().statusCode(200)
                .body("saved", equalTo(true)).body("answered", equalTo(1)).body("total", equalTo(8));
        student.http().accept("application/json").contentType("application/x-www-form-urlencoded")
                .formParam("q.short", "forged").post("/attempts/" + id + "/questions/short").then().statusCode(400);
        student.saveQuestion(id, "nope", Map.of()).then().statusCode(400).body("code", equalTo("unknown-question"))
                .body("error", equalTo("이 응시에 없는 문항입니다."));
        assertTrue(student.http().get("/attempts/" + id).asString().contains("name=\"q.short\" value=\"aider\""));
    }

    @Test
    void submitGradesEveryQuestionAndShowsTheReview() {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        SignedIn student = SignedIn.newStudent();
        long id = student.start(quiz.id());
        Map<String, Object> fields = Forms.correct(student, id);
        fields.put("q.tf", "false");
        fields.remove("q.numeric");
        student.save(id, fields).then().statusCode(303);
        student.http().get("/attempts/" + id + "/submit").then().statusCode(200)
                .body(containsString("답하지 않은 문항이 1개 있습니다.")).body(containsString("#q-numeric"));
        student.submit(id).then().statusCode(303).header("Location", endsWith("/attempts/" + id + "/review"));

        Attempt attempt = attempt(id);
        assertEquals(AttemptStatus.SUBMITTED, attempt.status);
        assertFalse(attempt.autoSubmitted);
        assertEquals(0, new BigDecimal("8.000").compareTo(attempt.scorePoints));
        assertEquals(0, new BigDecimal("80.00").compareTo(attempt.scorePercent));
        assertTrue(attempt.passed);
        Map<String, QuestionResponse> rows = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> QuestionResponse.ofAttempt(id).forEach(r -> rows.put(r.questionId, r)));
        assertEquals(8, rows.size(), "a graded row for every question, answered or not");
        assertFalse(Answers.isAnswered(rows.get("numeric").answer()));
        assertEquals(Boolean.FALSE, rows.get("numeric").correct);
        assertEquals(0, BigDecimal.ZERO.compareTo(rows.get("tf").score));
        assertEquals(0, new BigDecimal("2").compareTo(rows.get("cloze").score));

        student.http().get("/attempts/" + id + "/review").then().statusCode(200)
                .body(containsString("10점 만점에 8점 (80%)")).body(containsString("통과"))
                .body(containsString("EXPLAIN-single")).body(containsString("FEEDBACK-single-a"))
                .body(not(containsString("FEEDBACK-single-b")))
                .body(containsString("QUOTE-cloze sentence"))
                .body(containsString("href=\"/readings/fixture.md?quote=" + id + ":cloze#quote\""));
        student.http().get("/attempts/" + id).then().statusCode(303).header("Location", endsWith("/review"));
        student.http().get("/quizzes/" + quiz.id()).then().statusCode(200)
                .body(containsString("/attempts/" + id + "/review")).body(containsString("80%"));
        student.http().get("/quizzes").then().statusCode(200).body(containsString("최고 점수 80%"));
    }

    @Test
    void eightConcurrentSubmitsGradeExactlyOnce() throws Exception {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        SignedIn student = SignedIn.newStudent();
        long id = student.start(quiz.id());
        student.save(id, Forms.correct(student, id)).then().statusCode(303);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> submits = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                submits.add(() -> student.submit(id).statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(submits)) {
                assertEquals(303, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, submissions.count(id), "one graded submission");
        assertEquals(0, new BigDecimal("100.00").compareTo(attempt(id).scorePercent));
    }

    @Test
    void concurrentStartsMakeOneAttempt() throws Exception {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        SignedIn student = SignedIn.newStudent();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Long>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(() -> student.start(quiz.id()));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Long> id : pool.invokeAll(starts)) {
                ids.add(id.get());
            }
            assertEquals(1, ids.stream().distinct().count(), ids.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> Attempt.ofStudent(student.accountId, quiz.id()).size()));
    }

    @Test
    void answersAreFrozenAfterSubmission() {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        SignedIn student = SignedIn.newStudent();
        long id = student.start(quiz.id());
        student.submit(id).then().statusCode(303);
        student.save(id, Map.of("present", "short", "q.short", "late")).then().statusCode(409)
                .body(containsString("이미 제출한 응시라 답을 바꿀 수 없습니다."));
        student.saveQuestion(id, "short", Map.of("q.short", "late")).then().statusCode(409)
                .body("code", equalTo("already-submitted")).body("error", containsString("이미 제출한"));
    }

    @Test
    void overdueAttemptIsSubmittedOnNextAccess() {
        scheduler.pause(AttemptDeadlineJob.IDENTITY);
        try {
            Quiz quiz = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.timed(Duration.ofMinutes(5))));
            SignedIn student = SignedIn.newStudent();
            long id = student.start(quiz.id());
            student.saveQuestion(id, "short", Map.of("q.short", "Aider")).then().statusCode(200);
            setDeadline(id, Instant.now().minusSeconds(60));
            student.http().get("/attempts/" + id).then().statusCode(303).header("Location", endsWith("/review"));
            Attempt attempt = attempt(id);
            assertEquals(AttemptStatus.SUBMITTED, attempt.status);
            assertTrue(attempt.autoSubmitted);
            assertEquals(0, BigDecimal.ONE.compareTo(attempt.scorePoints), "graded with the saved answer");
            assertEquals(1, submissions.count(id));
            student.http().get("/attempts/" + id + "/review").then().body(containsString("자동 제출"));
        } finally {
            scheduler.resume(AttemptDeadlineJob.IDENTITY);
        }
    }

    @Test
    void savesAreTakenDuringGraceAndRefusedAfterIt() {
        scheduler.pause(AttemptDeadlineJob.IDENTITY);
        try {
            Quiz quiz = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.timed(Duration.ofMinutes(5))));
            SignedIn student = SignedIn.newStudent();
            long id = student.start(quiz.id());
            setDeadline(id, Instant.now().minusSeconds(10));
            student.saveQuestion(id, "short", Map.of("q.short", "in grace")).then().statusCode(200);
            setDeadline(id, Instant.now().minusSeconds(45));
            student.saveQuestion(id, "short", Map.of("q.short", "too late")).then().statusCode(409)
                    .body("code", equalTo("time-up"));
            Attempt attempt = attempt(id);
            assertEquals(AttemptStatus.SUBMITTED, attempt.status, "refusing the late save submitted the attempt");
            assertTrue(attempt.autoSubmitted);
            List<String> saved = QuarkusTransaction.requiringNew().call(() ->
                    QuestionResponse.<QuestionResponse>find("attemptId = ?1 and questionId = 'short'", id).firstResult().answer());
            assertEquals(List.of("in grace"), saved);
        } finally {
            scheduler.resume(AttemptDeadlineJob.IDENTITY);
        }
    }

    @Test
    void deadlineJobSubmitsAbandonedAttemptsOnce() {
        assertNotNull(scheduler.getScheduledJob(AttemptDeadlineJob.IDENTITY), "the job is scheduled");
        // Paused so that the run below is the one that finds the attempt; the method is what the schedule calls.
        scheduler.pause(AttemptDeadlineJob.IDENTITY);
        try {
            Quiz quiz = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.timed(Duration.ofMinutes(5))));
            SignedIn student = SignedIn.newStudent();
            long overdue = student.start(quiz.id());
            SignedIn other = SignedIn.newStudent();
            long running = other.start(quiz.id());
            setDeadline(overdue, Instant.now().minusSeconds(60));
            setDeadline(running, Instant.now().minusSeconds(5));
            assertTrue(deadlineJob.submitOverdue(Instant.now()) >= 1);
            assertEquals(AttemptStatus.SUBMITTED, attempt(overdue).status);
            assertTrue(attempt(overdue).autoSubmitted);
            assertEquals(AttemptStatus.IN_PROGRESS, attempt(running).status, "still within the grace period");
            deadlineJob.submitOverdue(Instant.now());
            assertEquals(1, submissions.count(overdue));
        } finally {
            scheduler.resume(AttemptDeadlineJob.IDENTITY);
        }
    }

    @Test
    void attemptLimitAvailabilityAndDeletionAreEnforced() {
        Quiz once = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.attempts(1)));
        SignedIn student = SignedIn.newStudent();
        long id = student.start(once.id());
        student.submit(id).then().statusCode(303);
        student.form().post("/quizzes/" + once.id() + "/start").then().statusCode(409)
                .body(containsString("남은 응시 횟수가 없습니다."));
        student.http().get("/quizzes/" + once.id()).then().body(containsString("1회 중 1회 사용"))
                .body(not(containsString(">응시 시작<")));

        Quiz closed = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.window(null, OffsetDateTime.now().minusDays(1))));
        student.form().post("/quizzes/" + closed.id() + "/start").then().statusCode(409).body(containsString("응시 기간이 끝났습니다."));
        Quiz future = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.window(OffsetDateTime.now().plusDays(1), null)));
        student.form().post("/quizzes/" + future.id() + "/start").then().statusCode(409).body(containsString("아직 응시 기간이 아닙니다."));

        Quiz removed = catalog.add(FixtureQuizzes.quiz(s -> s));
        long open = student.start(removed.id());
        catalog.delete(removed);
        assertEquals(open, student.start(removed.id()), "an attempt in progress can still be finished");
        student.submit(open).then().statusCode(303);
        student.form().post("/quizzes/" + removed.id() + "/start").then().statusCode(409)
                .body(containsString("삭제된 퀴즈라 새로 응시할 수 없습니다."));
        student.form().post("/quizzes/no-such-quiz/start").then().statusCode(404);
    }

    @Test
    void onlyTheOwnerCanSeeOrChangeAnAttempt() {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        SignedIn owner = SignedIn.newStudent();
        long id = owner.start(quiz.id());
        SignedIn other = SignedIn.newStudent();
        other.http().get("/attempts/" + id).then().statusCode(404);
        other.http().get("/attempts/" + id + "/submit").then().statusCode(404);
        other.save(id, Map.of("present", "short", "q.short", "x")).then().statusCode(404);
        other.saveQuestion(id, "short", Map.of("q.short", "x")).then().statusCode(404).body("code", equalTo("not-found"));
        other.submit(id).then().statusCode(404);
        other.http().get("/attempts/" + id + "/review").then().statusCode(404);
        assertEquals(AttemptStatus.IN_PROGRESS, attempt(id).status);

        given().redirects().follow(false).get("/attempts/" + id).then().statusCode(302)
                .header("Location", containsString("/login"));
        given().redirects().follow(false).get("/quizzes").then().statusCode(302).header("Location", containsString("/login"));
        SignedIn instructor = SignedIn.newAccount(Role.INSTRUCTOR);
        instructor.http().get("/attempts/" + id).then().statusCode(403);
    }

    @Test
    void shuffledOrderIsStableAcrossReloadsAndPaged() {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.shuffledPaged(3)));
        SignedIn student = SignedIn.newStudent();
        long id = student.start(quiz.id());
        List<String> first = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            String html = student.http().get("/attempts/" + id + "?page=" + page).then().statusCode(200)
                    .body(containsString("3쪽 중 " + page + "쪽")).extract().asString();
            first.addAll(matches(html, "class=\"question\" id=\"[^\"]+\" data-question=\"([a-z0-9-]+)\""));
            assertEquals(SignIn.withoutCsrfToken(html),
                    SignIn.withoutCsrfToken(student.http().get("/attempts/" + id + "?page=" + page).asString()),
                    "a reload shows the same page");
        }
        assertEquals(8, first.size());
        assertEquals(8, first.stream().distinct().count());
        assertEquals(Set.copyOf(FixtureQuizzes.QUESTIONS), Set.copyOf(first), "every question on exactly one page");
        // Saving on page 2 with "next" goes to page 3.
        student.save(id, Map.of("page", "2", "go", "next")).then().statusCode(303).header("Location", endsWith("?page=3"));
    }

    /** Shuffling is real: attempts see questions and choices in different orders, never ordering items in answer order. */
    @Test
    void shufflingChangesTheOrderAndNeverShowsOrderingItemsInAnswerOrder() {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.shuffledPaged(0)));
        Set<List<String>> questionOrders = new HashSet<>();
        Set<List<String>> choiceOrders = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            SignedIn student = SignedIn.newStudent();
            String html = student.http().get("/attempts/" + student.start(quiz.id())).then().statusCode(200).extract().asString();
            questionOrders.add(matches(html, "data-question=\"([a-z0-9-]+)\""));
            choiceOrders.add(matches(html, "name=\"q\\.single\" value=\"[^\"]+\"> <label for=\"[^\"]+\">([^<]+)<"));
            List<String> items = matches(html, "<label for=\"[^\"]+\">([a-z]+ event)</label>");
            assertEquals(3, items.size(), html);
            assertNotEquals(List.of("first event", "second event", "third event"), items, "ordering items shown in answer order");
        }
        assertTrue(questionOrders.size() > 1, "12 attempts all saw the questions in one order");
        assertFalse(questionOrders.contains(FixtureQuizzes.QUESTIONS) && questionOrders.size() == 1);
        assertTrue(choiceOrders.size() > 1, "12 attempts all saw the choices in one order");
    }

    @Test
    void reviewFollowsTheFeedbackSetting() {
        SignedIn student = SignedIn.newStudent();
        Quiz afterClose = catalog.add(FixtureQuizzes.quiz(s -> FixtureQuizzes.feedback(Feedback.AFTER_CLOSE)
                .apply(FixtureQuizzes.window(null, OffsetDateTime.now().plusDays(1)).apply(s))));
        long a = student.start(afterClose.id());
        student.submit(a).then().statusCode(303);
        student.http().get("/attempts/" + a + "/review").then().statusCode(200)
                .body(containsString("10점 만점에 0점")).body(containsString("퀴즈가 마감된 뒤"))
                .body(not(containsString("EXPLAIN-"))).body(not(containsString("QUOTE-")));

        // The instructor closes the quiz (a new version whose closing time has passed): the same attempt's review opens.
        catalog.edit(afterClose, FixtureQuizzes.window(null, OffsetDateTime.now().minusSeconds(1)));
        student.http().get("/attempts/" + a + "/review").then().statusCode(200).body(containsString("EXPLAIN-single"));

        Quiz never = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.feedback(Feedback.NEVER)));
        long b = student.start(never.id());
        student.submit(b).then().statusCode(303);
        student.http().get("/attempts/" + b + "/review").then().statusCode(200)
                .body(containsString("점수만 공개")).body(not(containsString("EXPLAIN-")));
    }

    @Test
    void immediateFeedbackGradesAndLocksACheckedQuestion() {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.feedback(Feedback.IMMEDIATE)));
        SignedIn student = SignedIn.newStudent();
        long id = student.start(quiz.id());
        String before = student.http().get("/attempts/" + id).asString();
        assertTrue(before.contains("name=\"check\" value=\"single\""));
        assertFalse(before.contains("EXPLAIN-"));
        Map<String, Object> fields = new HashMap<>(Map.of("present", List.of("single", "short"), "q.single", "2",
                "q.short", "draft", "check", "single", "page", "1"));
        student.save(id, fields).then().statusCode(303).header("Location", endsWith("#q-single"));
        String after = student.http().get("/attempts/" + id).asString();
        assertTrue(after.contains("EXPLAIN-single"), "checked question shows its review");
        assertTrue(after.contains("FEEDBACK-single-b"), "feedback of the chosen choice");
        assertFalse(after.contains("EXPLAIN-short"), "the draft of another question is not graded");
        assertTrue(after.contains("name=\"q.short\" value=\"draft\""));
        student.save(id, Map.of("present", "single", "q.single", "1")).then().statusCode(409)
                .body(containsString("이미 채점된 문항이라"));
    }

    @Test
    void attemptPagesAndSaveAnswersCarryNoAnswerMaterial() {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.shuffledPaged(0)));
        SignedIn student = SignedIn.newStudent();
        long id = student.start(quiz.id());
        String json = student.saveQuestion(id, "single", Map.of("q.single", "1")).then().statusCode(200).extract().asString();
        List<String> pages = List.of(student.http().get("/attempts/" + id).asString(),
                student.http().get("/attempts/" + id + "/submit").asString(), json,
                student.http().get("/quizzes/" + quiz.id()).asString());
        for (String html : pages) {
            for (String marker : List.of("EXPLAIN-", "FEEDBACK-", "QUOTE-", "nvidia stack\" selected", "correct")) {
                assertFalse(html.contains(marker), marker + " leaked into " + html);
            }
        }
        // The quote link is inert before grading: the passage page shows the plain passage, no highlight.
        String quoteUrl = "/readings/fixture.md?quote=" + id + ":single";
        String before = student.http().get(quoteUrl).then().statusCode(200).extract().asString();
        assertTrue(before.contains("QUOTE-single sentence."), "the passage itself is shown");
        assertFalse(before.contains("<mark id=\"quote\">"), "no highlighted quote before grading");
        // After grading (feedback after_submit) the same link highlights the sentence: the check above can fail.
        student.submit(id).then().statusCode(303);
        student.http().get(quoteUrl).then().statusCode(200).body(containsString("<mark id=\"quote\">QUOTE-single sentence"));
    }

    @Test
    void pagesSpeakEnglishWhenAsked() {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(FixtureQuizzes.timed(Duration.ofMinutes(3))));
        SignedIn student = SignedIn.newStudent();
        long id = student.start(quiz.id());
        student.http().header("Accept-Language", "en").get("/attempts/" + id).then().statusCode(200)
                .body(containsString("0 of 8 answered")).body(containsString("Save and go to submit"))
                .body(containsString(" left</span>")).body(containsString("Question 1"));
        student.http().header("Accept-Language", "en").accept("application/json").header("X-CSRF-TOKEN", student.csrfToken)
                .contentType("application/x-www-form-urlencoded").post("/attempts/" + id + "/questions/nope")
                .then().statusCode(400).body("error", equalTo("No such question in this attempt."));
    }

    @Test
    void homeSendsStudentsToTheirListAndInvitesVisitorsToSignIn() {
        Quiz quiz = catalog.add(FixtureQuizzes.quiz(s -> s));
        given().get("/").then().statusCode(200).body(containsString("href=\"/login\">퀴즈를 풀려면 로그인하세요."))
                .body(containsString("/quizzes/" + quiz.id()));
        SignedIn student = SignedIn.newStudent();
        student.http().get("/").then().statusCode(303).header("Location", endsWith("/quizzes"));
        student.http().get("/quizzes").then().statusCode(200).body(containsString("id=\"quiz-" + quiz.id() + "\""))
                .body(containsString("시작 전"));
        long id = student.start(quiz.id());
        student.http().get("/quizzes").then().body(containsString("진행 중")).body(containsString("/attempts/" + id));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
