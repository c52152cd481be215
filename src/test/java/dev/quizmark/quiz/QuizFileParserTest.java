package dev.quizmark.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.quiz.Question.Choice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuizFileParserTest {

    private static Quiz quiz;

    @BeforeAll
    static void parse() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/quiz/valid/all-types.md"));
        QuizFileParser.Result result = new QuizFileParser(p -> Optional.empty()).parse("sub/all-types.md", bytes);
        assertEquals(List.of(), result.problems());
        quiz = result.quiz();
    }

    private static Question question(String id) {
        return quiz.question(id).orElseThrow();
    }

    @Test
    void readsSettings() {
        QuizSettings s = quiz.settings();
        assertEquals("all-types", quiz.id());
        assertEquals("sub/all-types.md", quiz.path());
        assertEquals("모든 문항 유형", s.title());
        assertEquals("<p>테스트용 <strong>퀴즈</strong></p>", s.descriptionHtml());
        assertEquals(Duration.ofMinutes(90), s.timeLimit());
        assertEquals(3, s.attempts());
        assertEquals(70, s.passMark());
        assertTrue(s.shuffleQuestions());
        assertFalse(s.shuffleChoices());
        assertEquals(QuizSettings.Feedback.IMMEDIATE, s.feedback());
        assertEquals(2, s.pageSize());
        assertEquals("2025-10-01T00:00:00Z", s.availableFrom().toInstant().toString());
        assertNull(s.availableUntil());
        assertEquals(64, quiz.contentHash().length());
    }

    @Test
    void readsQuestionsInOrderWithTypesAndPoints() {
        assertEquals(List.of("single", "multi", "tf", "short", "num", "range", "order", "match", "cloze"),
                quiz.questions().stream().map(Question::id).toList());
        assertEquals(List.of(QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE, QuestionType.SHORT,
                QuestionType.NUMERIC, QuestionType.NUMERIC, QuestionType.ORDERING, QuestionType.MATCHING, QuestionType.CLOZE),
                quiz.questions().stream().map(Question::type).toList());
        assertEquals(11.0, quiz.maxPoints());
        assertEquals(18, question("single").line());
    }

    @Test
    void singleChoiceKeepsFeedbackAndEscapesRawHtml() {
        Question q = question("single");
        assertEquals("하나 고르기", q.title());
        assertEquals("easy", q.difficulty());
        assertEquals("chips", q.topic());
        assertTrue(q.promptHtml().contains("&lt;script&gt;"), q.promptHtml());
        assertFalse(q.promptHtml().contains("<script>"));
        assertEquals(List.of("a", "b", "c"), q.choices().stream().map(Choice::id).toList());
        Choice right = q.choices().get(1);
        assertTrue(right.correct());
        assertEquals("right <code>code</code>", right.html());
        assertEquals("<p>Yes!</p>", right.feedbackHtml());
        assertEquals("<p>Because <em>right</em>.</p>", q.explanationHtml().strip());
    }

    @Test
    void readsKeys() {
        assertEquals(true, question("tf").key().trueFalse());
        assertEquals(List.of("Aider", "에이더"), question("short").key().accepted());
        assertEquals("aider(테스트)?", question("short").key().regex());
        assertEquals(71.6, question("num").key().numericValue());
        assertEquals(0.05, question("num").key().tolerance());
        assertEquals(249.0, question("range").key().min());
        assertEquals(251.0, question("range").key().max());
        assertEquals(List.of("first", "second", "third"), question("order").choices().stream().map(Choice::html).toList());
        assertEquals(List.of("Nvidia", "Huawei", "Nvidia"), question("match").key().matches());
        assertEquals(List.of("CUDA", "CANN", "X"), question("match").choices().stream().map(Choice::html).toList());
    }

    @Test
    void clozeIsCutAtItsBlanks() {
        Question q = question("cloze");
        assertEquals(List.of(List.of("128,000", "12만 8,000"), List.of("400")), q.key().blanks());
        assertEquals(List.of("<p>V3.1 handles ", " tokens, about ", " pages.</p>"), q.clozeSegmentsHtml());
        assertFalse(String.join("", q.clozeSegmentsHtml()).contains("instructor's note"));
    }

    @Test
    void sourceQuoteMustBeInTheReading() {
        String file = "---\ntitle: T\nsource:\n  - file: readings/r.md\n---\n\n## Q {#q}\n\nP?\n\n- [x] a\n- [ ] b\n\n"
                + "Source: 엔비디아의   하드웨어로\n";
        QuizFileParser found = new QuizFileParser(p -> Optional.of("결국 핵심 훈련 작업을 다시 엔비디아의\n하드웨어로 되돌려야 했고"));
        assertEquals(List.of(), found.parse("q.md", file.getBytes(StandardCharsets.UTF_8)).problems());
        QuizFileParser missing = new QuizFileParser(p -> Optional.of("전혀 다른 글"));
        assertEquals("q.md:7: Source: quote of question 'q' not found verbatim in readings/r.md",
                missing.parse("q.md", file.getBytes(StandardCharsets.UTF_8)).problems().get(0).toString());
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreFine() {
        String file = "\uFEFF---\r\ntitle: T\r\n---\r\n\r\n## Q {#q}\r\n\r\nP?\r\n\r\n- [x] a\r\n- [ ] b\r\n";
        assertEquals(List.of(), new QuizFileParser(p -> Optional.empty()).parse("q.md", file.getBytes(StandardCharsets.UTF_8)).problems());
    }
}
