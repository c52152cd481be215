package dev.quizmark.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Moodle's documented GIFT examples convert to valid quiz Markdown; unsupported ones are reported by line. */
class GiftToMarkdownConverterTest {

    private static GiftToMarkdownConverter.Result result;
    private static Quiz quiz;

    @BeforeAll
    static void convert() throws IOException {
        String gift = Files.readString(Path.of("src/test/resources/quiz/gift/moodle-examples.gift"));
        result = GiftToMarkdownConverter.convert("moodle-examples.gift", gift);
        QuizFileParser.Result parsed = new QuizFileParser(p -> Optional.empty())
                .parse("moodle-examples.gift", result.markdown().getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), parsed.problems(), result.markdown());
        quiz = parsed.quiz();
    }

    @Test
    void unsupportedConstructsAreReportedWithTheirLine() {
        assertEquals(List.of(
                "moodle-examples.gift:41: numeric questions with several answers or partial credit are not supported: keep one answer",
                "moodle-examples.gift:47: essay questions ({}) are not supported: Quizmark grades every answer automatically"),
                result.problems().stream().map(QuizProblem::toString).toList());
    }

    @Test
    void convertsEveryOtherExample() {
        assertEquals(List.of(QuestionType.SINGLE, QuestionType.SINGLE, QuestionType.TRUE_FALSE, QuestionType.SHORT,
                QuestionType.NUMERIC, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE, QuestionType.SINGLE, QuestionType.SHORT,
                QuestionType.MATCHING, QuestionType.NUMERIC, QuestionType.NUMERIC, QuestionType.SINGLE),
                quiz.questions().stream().map(Question::type).toList());
        assertEquals("moodle-examples", quiz.id());
    }

    @Test
    void keepsAnswersFeedbackWeightsAndCategories() {
        Question missingWord = quiz.questions().get(1);
        assertEquals("<p>Grant is ___ in Grant's tomb.</p>", missingWord.promptHtml());
        assertTrue(missingWord.choices().get(1).correct());
        assertEquals("grant-s-tomb", missingWord.topic());
        assertEquals(false, quiz.questions().get(2).key().trueFalse());
        assertEquals(List.of("no one", "nobody"), quiz.questions().get(3).key().accepted());
        assertEquals(1822.0, quiz.questions().get(4).key().numericValue());
        assertEquals(5.0, quiz.questions().get(4).key().tolerance());
        assertEquals(List.of(false, true, true, false),
                quiz.questions().get(5).choices().stream().map(Question.Choice::correct).toList());
        Question spectrum = quiz.question("q2").orElseThrow();
        assertEquals("<p>right; good!</p>", spectrum.choices().get(0).feedbackHtml());
        assertEquals(List.of("cat food", "dog food", "seeds"), quiz.question("q4").orElseThrow().key().matches());
        assertEquals(1.0, quiz.question("q6").orElseThrow().key().min());
        Question escapes = quiz.question("escapes").orElseThrow();
        assertEquals("=", escapes.choices().get(0).html());
        assertEquals("<p>The sign is =.</p>", escapes.explanationHtml());
    }
}
