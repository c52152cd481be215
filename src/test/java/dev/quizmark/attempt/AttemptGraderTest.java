package dev.quizmark.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizFileParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AttemptGraderTest {

    private static Quiz quiz;
    private static Quiz moodle;

    @BeforeAll
    static void parse() throws IOException {
        quiz = new QuizFileParser(p -> Optional.empty())
                .parse("all-types.md", Files.readAllBytes(Path.of("src/test/resources/quiz/valid/all-types.md"))).quiz();
        QuizFileParser.Result rules = new QuizFileParser(p -> Optional.empty())
                .parse("moodle-grading.md", Files.readAllBytes(Path.of("src/test/resources/quiz/valid/moodle-grading.md")));
        assertEquals(List.of(), rules.problems());
        moodle = rules.quiz();
    }

    private static double moodleScore(String questionId, String... response) {
        return AttemptGrader.fraction(moodle.question(questionId).orElseThrow(), List.of(response));
    }

    @Test
    void moodlesRulesEveryCorrectResponseEarnsFullMarks() {
        for (Question question : moodle.questions()) {
            AttemptGrader.QuestionGrade grade = AttemptGrader.grade(question, AttemptGrader.correctResponse(question));
            assertTrue(grade.correct(), question.id());
        }
    }

    @Test
    void weightedChoicesEarnTheirWeight() {
        assertEquals(1.0, moodleScore("wsingle", "a"));
        assertEquals(1.0, moodleScore("wsingle", "b"));
        assertEquals(0.5, moodleScore("wsingle", "c"));
        assertEquals(0.0, moodleScore("wsingle", "d"));
        assertEquals(1.0, moodleScore("wmulti", "a", "b"));
        assertEquals(1.0, moodleScore("wmulti", "a", "b", "d"), "an unweighted wrong choice costs nothing");
        assertEquals(0.0, moodleScore("wmulti", "a", "c"));
        assertEquals(0.5, moodleScore("wmulti", "b"));
    }

    @Test
    void shortAndNumericAnswersWithPartialCredit() {
        assertEquals(1.0, moodleScore("wshort", "frog"));
        assertEquals(0.5, moodleScore("wshort", "CAT"));
        assertEquals(0.0, moodleScore("wshort", "dog"));
        assertEquals(1.0, moodleScore("wnum", "1822"));
        assertEquals(0.5, moodleScore("wnum", "1823.5"));
        assertEquals(0.0, moodleScore("wnum", "1900"));
    }

    @Test
    void distractorsAreOfferedButNeverRight() {
        assertEquals(1.0, moodleScore("distract", "0", "1"));
        assertEquals(0.5, moodleScore("distract", "0", "2"));
    }

    @Test
    void htmlQuestionsAreSanitized() {
        Question html = moodle.question("html").orElseThrow();
        assertEquals("<p>Pick <b>one</b></p>", html.promptHtml());
        assertEquals("<i>this</i>", ((dev.quizmark.question.ChoiceQuestion) html.kind()).choices().get(0).html());
    }

    private static double score(String questionId, String... response) {
        return AttemptGrader.fraction(quiz.question(questionId).orElseThrow(), List.of(response));
    }

    /** The key of all-types.md as a student answers it: choice ids, positions, pair indexes, typed text. */
    private static final Map<String, List<String>> KEY = Map.of(
            "single", List.of("b"), "multi", List.of("a", "b"), "tf", List.of("true"), "short", List.of("Aider"),
            "num", List.of("71.6"), "range", List.of("249.0"), "order", List.of("1", "2", "3"),
            "match", List.of("0", "1", "2"), "cloze", List.of("128,000", "400"));

    /** Points as the file gives them (single and cloze have points=2). */
    private static final Map<String, Double> POINTS = Map.of("single", 2.0, "multi", 1.0, "tf", 1.0, "short", 1.0,
            "num", 1.0, "range", 1.0, "order", 1.0, "match", 1.0, "cloze", 2.0);

    @Test
    void theFilesKeyEarnsFullMarksOnEveryQuestion() {
        assertEquals(KEY.keySet(), quiz.questions().stream().map(Question::id).collect(Collectors.toSet()));
        for (Question question : quiz.questions()) {
            AttemptGrader.QuestionGrade grade = AttemptGrader.grade(question, KEY.get(question.id()));
            assertTrue(grade.correct(), question.id());
            assertEquals(POINTS.get(question.id()), grade.points(), question.id());
        }
    }

    /** What review shows as the right answer and what the tests answer with is the file's key. */
    @Test
    void theCorrectResponseIsTheFilesKey() {
        for (Question question : quiz.questions()) {
            assertEquals(KEY.get(question.id()), AttemptGrader.correctResponse(question), question.id());
        }
    }

    private static QuestionResponse saved(String questionId, List<String> answer) {
        QuestionResponse response = new QuestionResponse();
        response.questionId = questionId;
        response.answerJson = Answers.encode(answer);
        return response;
    }

    private static Map<String, ResponseWriter.Row> byQuestion(List<ResponseWriter.Row> rows) {
        Map<String, ResponseWriter.Row> byId = new java.util.HashMap<>();
        rows.forEach(row -> byId.put(row.questionId(), row));
        return byId;
    }

    /** all-types.md: 11 points, pass mark 70 %. */
    /** Exactly the pass mark passes; a hair under does not. Unanswered questions get a row scoring nothing. */
    @Test
    void theLowestPassingScoreIsThePassMark() {
        Quiz half = new QuizFileParser(p -> Optional.empty()).parse("half.md", ("---\ntitle: Half\npass_mark: 50\n---\n\n"
                + "## A {#a type=true_false}\n\nA?\n\nAnswer: true\n\n## B {#b type=true_false}\n\nB?\n\nAnswer: true\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).quiz();
        Attempt attempt = new Attempt();
        Map<String, ResponseWriter.Row> rows = byQuestion(AttemptGrader.gradeAttempt(attempt, half, Map.of("a", saved("a", List.of("true")))));
        assertEquals(new java.math.BigDecimal("50.00"), attempt.scorePercent);
        assertTrue(attempt.passed, "50 % of a 50 % pass mark passes");
        assertEquals(new java.math.BigDecimal("0.0000"), rows.get("b").score());
        assertEquals(Boolean.FALSE, rows.get("b").correct());
        assertEquals("[]", rows.get("b").answerJson());

        Quiz strict = new QuizFileParser(p -> Optional.empty()).parse("strict.md", ("---\ntitle: Strict\npass_mark: 51\n---\n\n"
                + "## A {#a type=true_false}\n\nA?\n\nAnswer: true\n\n## B {#b type=true_false}\n\nB?\n\nAnswer: true\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).quiz();
        AttemptGrader.gradeAttempt(attempt, strict, Map.of("a", saved("a", List.of("true"))));
        assertEquals(false, attempt.passed, "50 % of a 51 % pass mark fails");
    }

    @Test
    void aWholeAttemptGetsPointsPercentAndPass() {
        Map<String, QuestionResponse> responses = new java.util.HashMap<>();
        KEY.forEach((id, answer) -> responses.put(id, saved(id, answer)));
        responses.put("cloze", saved("cloze", List.of("128,000", "500")));
        Attempt attempt = new Attempt();
        Map<String, ResponseWriter.Row> rows = byQuestion(AttemptGrader.gradeAttempt(attempt, quiz, responses));
        assertEquals(new java.math.BigDecimal("10.000"), attempt.scorePoints);
        assertEquals(new java.math.BigDecimal("11.000"), attempt.maxPoints);
        assertEquals(new java.math.BigDecimal("90.91"), attempt.scorePercent);
        assertTrue(attempt.passed);
        assertEquals(new java.math.BigDecimal("1.0000"), rows.get("cloze").score());
        assertEquals(Boolean.FALSE, rows.get("cloze").correct());
        assertEquals(new java.math.BigDecimal("2.0000"), rows.get("single").score());
        assertEquals(Boolean.TRUE, rows.get("single").correct());
        assertEquals(quiz.questions().size(), rows.size(), "a row for every question, to be stored in one statement");

        // 7.333 of 11 (66.67 %) is under the pass mark of 70 %.
        responses.put("single", saved("single", List.of("a")));
        responses.put("order", saved("order", List.of("1", "3", "2")));
        responses.put("short", saved("short", List.of("nope")));
        responses.put("cloze", saved("cloze", List.of("128,000", "400")));
        AttemptGrader.gradeAttempt(attempt, quiz, responses);
        assertEquals(new java.math.BigDecimal("7.333"), attempt.scorePoints);
        assertEquals(new java.math.BigDecimal("66.67"), attempt.scorePercent);
        assertEquals(false, attempt.passed);
    }

    @Test
    void emptyResponseEarnsNothing() {
        for (Question question : quiz.questions()) {
            assertEquals(0.0, AttemptGrader.fraction(question, List.of()), question.id());
            assertEquals(0.0, AttemptGrader.fraction(question, null), question.id());
        }
    }

    @Test
    void singleChoice() {
        assertEquals(1.0, score("single", "b"));
        assertEquals(0.0, score("single", "a"));
        assertEquals(0.0, score("single", "b", "a"));
    }

    @Test
    void multipleResponsePartialCreditWithWrongPicksCosting() {
        assertEquals(1.0, score("multi", "a", "b"));
        assertEquals(0.5, score("multi", "a"));
        assertEquals(0.5, score("multi", "a", "b", "c"));
        assertEquals(0.0, score("multi", "a", "c", "d"));
        assertEquals(0.0, score("multi", "a", "b", "c", "d"));
    }

    @Test
    void trueFalse() {
        assertEquals(1.0, score("tf", "true"));
        assertEquals(0.0, score("tf", "false"));
    }

    @Test
    void shortAnswerIgnoresCaseSpacesAndWidth() {
        assertEquals(1.0, score("short", "aider"));
        assertEquals(1.0, score("short", " Ai der "));
        assertEquals(1.0, score("short", "ＡＩＤＥＲ"));
        assertEquals(1.0, score("short", "에 이 더"));
        assertEquals(1.0, score("short", "Aider테스트"));
        assertEquals(0.0, score("short", "Aiderx"));
        assertEquals(0.0, score("short", ""));
    }

    @Test
    void numericToleranceAndRange() {
        assertEquals(1.0, score("num", "71.6"));
        assertEquals(1.0, score("num", "71.65"));
        assertEquals(1.0, score("num", "７１．６"));
        assertEquals(0.0, score("num", "71.7"));
        assertEquals(0.0, score("num", "seventy"));
        assertEquals(1.0, score("range", "249"));
        assertEquals(1.0, score("range", "251"));
        assertEquals(0.0, score("range", "252"));
        assertEquals(1.0, score("range", "250"));
    }

    @Test
    void orderingScoresItemsInTheirPlace() {
        assertEquals(1.0, score("order", "1", "2", "3"));
        assertEquals(1.0 / 3, score("order", "1", "3", "2"), 1e-9);
        assertEquals(0.0, score("order", "3", "1", "2"));
    }

    @Test
    void matchingAcceptsEqualRightSides() {
        assertEquals(1.0, score("match", "0", "1", "2"));
        assertEquals(1.0, score("match", "2", "1", "0"));
        assertEquals(2.0 / 3, score("match", "0", "1", "1"), 1e-9);
        assertEquals(0.0, score("match", "x", "", "9"));
    }

    @Test
    void clozeScoresEachBlank() {
        assertEquals(1.0, score("cloze", "128,000", "400"));
        assertEquals(1.0, score("cloze", "12만8,000", "400"));
        assertEquals(0.5, score("cloze", "128,000", "500"));
        assertEquals(0.5, score("cloze", "128000", "400"));
        assertEquals(0.5, score("cloze", "", "400"));
    }
}
