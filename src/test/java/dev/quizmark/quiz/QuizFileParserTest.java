package dev.quizmark.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.question.Choice;
import dev.quizmark.question.Cloze;
import dev.quizmark.question.Matching;
import dev.quizmark.question.NumericAnswer;
import dev.quizmark.question.Ordering;
import dev.quizmark.question.ShortAnswer;
import dev.quizmark.question.SingleChoice;
import dev.quizmark.question.TrueFalse;
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
    void readsLiveTimesOfTheQuizAndOfQuestions() {
        String text = "---\ntitle: Live\nlive_time: 1m30s\n---\n\n## A {#a live_time=45s}\n\nPrompt?\n\n- [x] yes\n- [ ] no\n"
                + "\n## B {#b}\n\nPrompt?\n\n- [x] yes\n- [ ] no\n";
        QuizFileParser.Result result = new QuizFileParser(p -> Optional.empty()).parse("live.md", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), result.problems());
        assertEquals(Duration.ofSeconds(90), result.quiz().settings().liveTime());
        assertEquals(Duration.ofSeconds(45), result.quiz().question("a").orElseThrow().liveTime());
        assertNull(result.quiz().question("b").orElseThrow().liveTime());
        // Without the settings, neither has one: the host's choice applies.
        assertNull(quiz.settings().liveTime());
        assertNull(question("single").liveTime());
    }

    @Test
    void readsQuestionsInOrderWithTypesAndPoints() {
        assertEquals(List.of("single", "multi", "tf", "short", "num", "range", "order", "match", "cloze"),
                quiz.questions().stream().map(Question::id).toList());
        assertEquals(List.of("single", "multiple", "true_false", "short", "numeric", "numeric", "ordering", "matching", "cloze"),
                quiz.questions().stream().map(q -> q.kind().typeName()).toList());
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
        List<Choice> choices = ((SingleChoice) q.kind()).choices();
        assertEquals(List.of("a", "b", "c"), choices.stream().map(Choice::id).toList());
        Choice right = choices.get(1);
        assertTrue(right.correct());
        assertEquals("right <code>code</code>", right.html());
        assertEquals("<p>Yes!</p>", right.feedbackHtml());
        assertEquals("<p>Because <em>right</em>.</p>", q.explanationHtml().strip());
    }

    @Test
    void readsKeys() {
        assertEquals(true, ((TrueFalse) question("tf").kind()).answer());
        ShortAnswer shortAnswer = (ShortAnswer) question("short").kind();
        assertEquals(List.of("Aider", "에이더"), shortAnswer.accepted());
        assertEquals("aider(테스트)?", shortAnswer.regex());
        NumericAnswer.Exact exact = (NumericAnswer.Exact) ((NumericAnswer) question("num").kind()).accepted();
        assertEquals(71.6, exact.value());
        assertEquals(0.05, exact.tolerance());
        NumericAnswer.Range range = (NumericAnswer.Range) ((NumericAnswer) question("range").kind()).accepted();
        assertEquals(249.0, range.min());
        assertEquals(251.0, range.max());
        assertEquals(List.of("first", "second", "third"), ((Ordering) question("order").kind()).itemsHtml());
        List<Matching.Pair> pairs = ((Matching) question("match").kind()).pairs();
        assertEquals(List.of("Nvidia", "Huawei", "Nvidia"), pairs.stream().map(Matching.Pair::right).toList());
        assertEquals(List.of("CUDA", "CANN", "X"), pairs.stream().map(Matching.Pair::leftHtml).toList());
    }

    @Test
    void clozeIsCutAtItsBlanks() {
        Cloze q = (Cloze) question("cloze").kind();
        assertEquals(List.of(List.of("128,000", "12만 8,000"), List.of("400")), q.blanks());
        assertEquals(List.of("<p>V3.1 handles ", " tokens, about ", " pages.</p>"), q.segmentsHtml());
        assertFalse(String.join("", q.segmentsHtml()).contains("instructor's note"));
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
