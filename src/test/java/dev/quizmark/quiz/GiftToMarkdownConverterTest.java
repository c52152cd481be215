package dev.quizmark.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.question.Choice;
import dev.quizmark.question.ChoiceQuestion;
import dev.quizmark.question.Matching;
import dev.quizmark.question.NumericAnswer;
import dev.quizmark.question.ShortAnswer;
import dev.quizmark.question.TrueFalse;
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
        assertEquals(List.of("single", "single", "true_false", "short", "numeric", "multiple", "true_false", "single", "short",
                "matching", "numeric", "numeric", "single"),
                quiz.questions().stream().map(q -> q.kind().typeName()).toList());
        assertEquals("moodle-examples", quiz.id());
    }

    @Test
    void keepsAnswersFeedbackWeightsAndCategories() {
        Question missingWord = quiz.questions().get(1);
        assertEquals("<p>Grant is ___ in Grant's tomb.</p>", missingWord.promptHtml());
        assertTrue(choices(missingWord).get(1).correct());
        assertEquals("grant-s-tomb", missingWord.topic());
        assertEquals(false, ((TrueFalse) quiz.questions().get(2).kind()).answer());
        assertEquals(List.of("no one", "nobody"), ((ShortAnswer) quiz.questions().get(3).kind()).accepted());
        NumericAnswer.Exact exact = (NumericAnswer.Exact) ((NumericAnswer) quiz.questions().get(4).kind()).accepted();
        assertEquals(1822.0, exact.value());
        assertEquals(5.0, exact.tolerance());
        assertEquals(List.of(false, true, true, false),
                choices(quiz.questions().get(5)).stream().map(Choice::correct).toList());
        Question spectrum = quiz.question("q2").orElseThrow();
        assertEquals("<p>right; good!</p>", choices(spectrum).get(0).feedbackHtml());
        assertEquals(List.of("cat food", "dog food"),
                ((Matching) quiz.question("q4").orElseThrow().kind()).pairs().stream().map(Matching.Pair::right).toList());
        assertEquals(1.0, ((NumericAnswer.Range) ((NumericAnswer) quiz.question("q6").orElseThrow().kind()).accepted()).min());
        Question escapes = quiz.question("escapes").orElseThrow();
        assertEquals("=", choices(escapes).get(0).html());
        assertEquals("<p>The sign is =.</p>", escapes.explanationHtml());
    }

    private static List<Choice> choices(Question question) {
        return ((ChoiceQuestion) question.kind()).choices();
    }
}
