package dev.quizmark.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.quiz.QuizFileParser;
import dev.quizmark.quiz.QuizProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The weighted answer lists of short and numeric questions (Moodle's rules), the percentages they are written
 * with, and true/false feedback, read from quiz text: each problem message with its line, each share as a literal.
 */
class WeightedAnswersTest {

    /**
     * A one-question quiz file; the question's heading is line 5, its prompt line 7, and {@code answer} starts on
     * line 9.
     */
    private static QuizFileParser.Result parse(String type, String answer) {
        String text = "---\ntitle: T\n---\n\n## Q {#q type=" + type + "}\n\nPrompt?\n\n" + answer;
        return QuizFileParser.withoutReadingChecks().parse("q.md", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(String type, String answer) {
        return parse(type, answer).problems().stream().map(QuizProblem::toString).toList();
    }

    private static QuestionKind kind(String type, String answer) {
        QuizFileParser.Result result = parse(type, answer);
        assertEquals(List.of(), result.problems());
        return result.quiz().questions().get(0).kind();
    }

    private static ShortAnswer shortAnswer(String answer) {
        return (ShortAnswer) kind("short", answer);
    }

    private static NumericAnswer numeric(String answer) {
        return (NumericAnswer) kind("numeric", answer);
    }

    // Short answers.

    @Test
    void shortListGivesEachAnswerItsShareAndTheFirstMatchDecides() {
        ShortAnswer kind = shortAnswer("- Frog\n  > Good!\n- %50% Cat\n- %0% *\n  > Completely wrong.\n- Dog\n");
        assertTrue(kind.wildcards());
        assertEquals(1.0, kind.fraction(List.of(" FROG ")));
        assertEquals(0.5, kind.fraction(List.of("cat")));
        // "*" comes before Dog: the catch-all decides, as in Moodle.
        assertEquals(0.0, kind.fraction(List.of("Dog")));
        assertEquals(0.0, kind.fraction(List.of("")));
        assertEquals(0.0, kind.fraction(List.of()));
        assertEquals("<p>Good!</p>", kind.matching("frog").feedbackHtml());
        assertEquals("<p>Completely wrong.</p>", kind.matching("horse").feedbackHtml());
        assertEquals("", kind.matching("cat").feedbackHtml());
        assertNull(kind.matching("   "));
        assertFalse(kind.matching("frog").partial());
        assertTrue(kind.matching("cat").partial());
        assertEquals("50", kind.matching("cat").percent());
        assertEquals(List.of("Frog", "Dog"), kind.accepted());
        assertEquals(List.of("Frog"), kind.correctResponse());
    }

    @Test
    void shortWildcardsMatchAnyTextAndAnEscapedStarIsAStar() {
        ShortAnswer kind = shortAnswer("- %100% Fr\\*g*\n- %50% a*c\n");
        assertEquals(1.0, kind.fraction(List.of("fr*g")));
        assertEquals(1.0, kind.fraction(List.of("Fr*gs and toads")));
        assertEquals(0.0, kind.fraction(List.of("frog")));
        assertEquals(0.5, kind.fraction(List.of("abbbc")));
        assertEquals(0.5, kind.fraction(List.of("ac")));
        assertEquals(0.0, kind.fraction(List.of("abcd")));
        // The example response fills wildcards with nothing and keeps the escaped star.
        assertEquals(List.of("Fr*g"), kind.correctResponse());
        assertEquals(1.0, kind.fraction(kind.correctResponse()));
        // A backslash at the very end escapes nothing.
        assertEquals(1.0, shortAnswer("- C:\\\n").fraction(List.of("c:\\")));
        assertEquals(0.0, shortAnswer("- C:\\\n").fraction(List.of("c:")));
    }

    @Test
    void shortAnswerFieldHasNoWildcardsAndRegexAcceptsMore() {
        ShortAnswer kind = shortAnswer("Answer: a* | 에이더 |  | Aider\nRegex: ^deep.*$\n");
        assertFalse(kind.wildcards());
        assertEquals(List.of("a*", "에이더", "Aider"), kind.accepted());
        assertEquals(0.0, kind.fraction(List.of("abc")));
        assertEquals(1.0, kind.fraction(List.of("A*")));
        assertEquals(1.0, kind.fraction(List.of("aider")));
        assertEquals(1.0, kind.fraction(List.of("DeepSeek")));
        assertEquals(0.0, kind.fraction(List.of("a deep one")));
        assertEquals("^deep.*$", kind.regex());
        assertTrue(ShortAnswer.accepts(kind.accepted(), kind.regex(), "deepseek"));
        assertTrue(ShortAnswer.accepts(kind.accepted(), kind.regex(), " AIDER "));
        assertFalse(ShortAnswer.accepts(kind.accepted(), kind.regex(), "nothing"));
        assertFalse(ShortAnswer.accepts(kind.accepted(), null, "nothing"));
        // A pattern that matches the empty text does not make a blank answer right.
        ShortAnswer anything = shortAnswer("Answer: x\nRegex: .*\n");
        assertEquals(0.0, anything.fraction(List.of("  ")));
        assertFalse(ShortAnswer.accepts(anything.accepted(), anything.regex(), "  "));
        assertEquals(1.0, anything.fraction(List.of("y")));
    }

    @Test
    void shortListWithoutFullMarksNeedsARegexAndItsExampleIsTheFirstAnswer() {
        assertEquals(List.of("q.md:5: no answer earns full marks: give one %100% (or no weight)"),
                problems("short", "- %50% Cat\n- %0% Dog\n"));
        assertEquals(List.of(), problems("short", "- %100% Cat\n"));
        ShortAnswer kind = shortAnswer("- %50% Cat\n\nRegex: ^frog$\n");
        assertEquals(List.of(), kind.accepted());
        assertEquals(List.of("Cat"), kind.correctResponse());
        assertEquals(1.0, kind.fraction(List.of("Frog")));
        assertEquals(0.5, kind.fraction(List.of("cat")));
        // The example response is the first answer with full marks, not the first answer.
        assertEquals(List.of("Frog"), shortAnswer("- %50% Cat\n- Frog\n").correctResponse());
    }

    @Test
    void theAnswerFieldFormEarnsFullMarksWithoutFeedback() {
        ShortAnswer kind = new ShortAnswer(List.of("Aider", "에이더"), null);
        assertEquals(List.of(new ShortAnswer.Accepted("Aider", 1, ""), new ShortAnswer.Accepted("에이더", 1, "")), kind.answers());
        assertFalse(kind.wildcards());
        assertNull(kind.regex());
    }

    @Test
    void shortAnswerProblemsNameTheirLine() {
        assertEquals(List.of("q.md:11: give the accepted answers either as Answer: or as a list, not both"),
                problems("short", "- Cat\n\nAnswer: Dog\n"));
        assertEquals(List.of("q.md:9: Answer: lists no accepted answer"), problems("short", "Answer: | \n"));
        assertEquals(List.of("q.md:10: a short answer's weight must be 0% to 100%"),
                problems("short", "- Frog\n- %-50% Cat\n"));
        assertEquals(List.of(), problems("short", "- Frog\n- %0% Cat\n"));
        assertEquals(List.of("q.md:10: accepted answer has no text"), problems("short", "- Frog\n- %50%\n"));
    }

    @Test
    void shortAnswersAreWrittenBackAsTheListForm() {
        assertEquals("- Frog\n", ShortAnswer.markdown(new ShortAnswer.Accepted("Frog", 1, ""), null));
        assertEquals("- Frog\n", ShortAnswer.markdown(new ShortAnswer.Accepted("Frog", 1, ""), ""));
        // Text that itself starts with % keeps an explicit weight, so it is not read as one.
        assertEquals("- %100% %odd\n", ShortAnswer.markdown(new ShortAnswer.Accepted("%odd", 1, ""), null));
        assertEquals("- %50% Cat\n  > Nice\n", ShortAnswer.markdown(new ShortAnswer.Accepted("Cat", 0.5, ""), "Nice"));
        assertEquals("Answer: a | b\n", ShortAnswer.markdown(List.of("a", "b")));
    }

    // Numeric answers.

    @Test
    void numericListGivesEachNumberItsShareAndTheFirstMatchDecides() {
        NumericAnswer kind = numeric("- 1822\n- %50% 1822:2\n- %25% 1800..1900\n- %0% *\n  > It was 1822.\n");
        assertEquals(1.0, kind.fraction(List.of("1822")));
        assertEquals(0.5, kind.fraction(List.of("1823")));
        assertEquals(0.5, kind.fraction(List.of("1820")));
        assertEquals(0.5, kind.fraction(List.of("1824")));
        assertEquals(0.25, kind.fraction(List.of("1824.5")));
        assertEquals(0.25, kind.fraction(List.of("1800")));
        assertEquals(0.25, kind.fraction(List.of("1900")));
        assertEquals(0.0, kind.fraction(List.of("1900.5")));
        assertEquals(0.0, kind.fraction(List.of("many")));
        assertEquals(0.0, kind.fraction(List.of()));
        assertNull(kind.matching("many"));
        assertEquals("<p>It was 1822.</p>", kind.matching("5").feedbackHtml());
        assertFalse(kind.matching("1822").partial());
        assertTrue(kind.matching("1823").partial());
        assertEquals("50", kind.matching("1823").percent());
        assertEquals(new NumericAnswer.Exact(1822, 0), kind.accepted());
        assertEquals(List.of("1822.0"), kind.correctResponse());
    }

    @Test
    void numericWithoutFullMarksOrNumbersIsAProblem() {
        assertEquals(List.of("q.md:5: no answer earns full marks: give one %100% (or no weight)"),
                problems("numeric", "- %50% 3\n"));
        assertEquals(List.of(), problems("numeric", "- %100% 3\n- %0% *\n"));
        assertEquals(List.of("q.md:5: numeric question lists no accepted number",
                "q.md:9: expected a number, number:tolerance, a range min..max or *, got \"many\""), problems("numeric", "- many\n"));
        assertEquals(List.of("q.md:10: a numeric answer's weight must be 0% to 100%"),
                problems("numeric", "- 3\n- %-50% 4\n"));
        assertEquals(List.of(), problems("numeric", "- 3\n- %0% 4\n"));
        assertEquals(List.of("q.md:5: give the accepted numbers either as Answer: or as a list, not both"),
                problems("numeric", "- 3\n\nTolerance: 1\n"));
        assertEquals(List.of("q.md:5: give the accepted numbers either as Answer: or as a list, not both"),
                problems("numeric", "- 3\n\nAnswer: 3\n"));
    }

    @Test
    void numericAnswerFieldProblemsNameTheirLine() {
        assertEquals(List.of("q.md:5: numeric question needs Answer: with a number or a range like 10..20, or a list of answers"),
                problems("numeric", "Tolerance: 1\n"));
        assertEquals(List.of("q.md:10: expected Tolerance: to be a number, got \"some\""),
                problems("numeric", "Answer: 3\nTolerance: some\n"));
        assertEquals(List.of("q.md:10: Tolerance: does not apply to a range answer"),
                problems("numeric", "Answer: 1..5\nTolerance: 1\n"));
        assertEquals(List.of(), problems("numeric", "Answer: 5..5\n"));
        assertEquals(List.of(), problems("numeric", "Answer: 3\nTolerance: 0\n"));
    }

    @Test
    void numericAnswerFieldAcceptsANumberWithToleranceOrARange() {
        NumericAnswer exact = numeric("Answer: 71.6\nTolerance: 0.05\n");
        assertEquals(new NumericAnswer.Exact(71.6, 0.05), exact.accepted());
        assertEquals(1.0, exact.fraction(List.of("71.65")));
        assertEquals(1.0, exact.fraction(List.of("71.55")));
        assertEquals(0.0, exact.fraction(List.of("71.66")));
        assertEquals("71.6 ± 0.05", exact.accepted().text());
        NumericAnswer range = numeric("Answer: 249..251\n");
        assertEquals(new NumericAnswer.Range(249, 251), range.accepted());
        assertEquals(1.0, range.fraction(List.of("249")));
        assertEquals(1.0, range.fraction(List.of("251")));
        assertEquals(0.0, range.fraction(List.of("251.01")));
        assertEquals(0.0, range.fraction(List.of("248.99")));
        assertEquals("249 – 251", range.accepted().text());
        assertEquals(List.of("249.0"), range.correctResponse());
        assertEquals("5", new NumericAnswer.Exact(5, 0).text());
        assertEquals("*", new NumericAnswer.Any().text());
        assertEquals(0.0, new NumericAnswer.Any().example());
        assertTrue(new NumericAnswer.Any().contains(-1e9));
        assertFalse(new NumericAnswer.Exact(1, 0).contains(1.001));
        // The rounding allowance is a billionth, inclusive.
        assertTrue(new NumericAnswer.Exact(0, 0).contains(1e-9));
        assertFalse(new NumericAnswer.Exact(0, 0).contains(2e-9));
    }

    @Test
    void numericListItemsParse() {
        assertEquals(new NumericAnswer.Any(), NumericAnswer.parse("*"));
        assertEquals(new NumericAnswer.Range(1, 5), NumericAnswer.parse("1..5"));
        assertEquals(new NumericAnswer.Range(-5, -1), NumericAnswer.parse(" -5 .. -1 "));
        assertEquals(new NumericAnswer.Range(5, 5), NumericAnswer.parse("5..5"));
        assertNull(NumericAnswer.parse("5..1"));
        assertEquals(new NumericAnswer.Exact(1822, 5), NumericAnswer.parse("1822:5"));
        assertEquals(new NumericAnswer.Exact(3, 0), NumericAnswer.parse("3:0"));
        assertNull(NumericAnswer.parse("3:-1"));
        assertNull(NumericAnswer.parse("3:e"));
        assertNull(NumericAnswer.parse("e:3"));
        assertEquals(new NumericAnswer.Exact(1000, 0), NumericAnswer.parse("1,000"));
        assertEquals(new NumericAnswer.Exact(-2.5, 0), NumericAnswer.parse("-2.5"));
        assertNull(NumericAnswer.parse("NaN"));
        assertNull(NumericAnswer.parse("Infinity"));
        assertNull(NumericAnswer.parse("1e999"));
        assertNull(NumericAnswer.parse("many"));
    }

    @Test
    void numericAnswersAreWrittenBackAsTheListForm() {
        assertEquals("- %50% 1822:2\n", NumericAnswer.markdown(
                new NumericAnswer.Graded(new NumericAnswer.Exact(1822, 2), 0.5, ""), null));
        assertEquals("- 1822\n", NumericAnswer.markdown(new NumericAnswer.Graded(new NumericAnswer.Exact(1822, 0), 1, ""), ""));
        assertEquals("- 1..5\n", NumericAnswer.markdown(new NumericAnswer.Graded(new NumericAnswer.Range(1, 5), 1, ""), null));
        assertEquals("- %0% *\n  > It was 1822.\n", NumericAnswer.markdown(
                new NumericAnswer.Graded(new NumericAnswer.Any(), 0, ""), "It was 1822."));
        assertEquals("Answer: 71.6\nTolerance: 0.05\n", NumericAnswer.markdown("71.6", "0.05"));
        assertEquals("Answer: 1..5\n", NumericAnswer.markdown("1..5", null));
        assertEquals("5", NumericAnswer.plain(5.0));
        assertEquals("0.0000001", NumericAnswer.plain(1e-7));
    }

    @Test
    void numericKeyFallsBackToTheFirstAnswer() {
        assertEquals(new NumericAnswer.Exact(0, 0), new NumericAnswer(List.of()).accepted());
        NumericAnswer partialOnly = new NumericAnswer(List.of(
                new NumericAnswer.Graded(new NumericAnswer.Exact(7, 0), 0.5, ""),
                new NumericAnswer.Graded(new NumericAnswer.Exact(8, 0), 0.25, "")));
        assertEquals(new NumericAnswer.Exact(7, 0), partialOnly.accepted());
        NumericAnswer secondIsFull = new NumericAnswer(List.of(
                new NumericAnswer.Graded(new NumericAnswer.Exact(7, 0), 0.5, ""),
                new NumericAnswer.Graded(new NumericAnswer.Exact(8, 0), 1, "")));
        assertEquals(new NumericAnswer.Exact(8, 0), secondIsFull.accepted());
    }

    // Weights.

    @Test
    void percentagesAreWrittenWithoutNeedlessDigits() {
        assertEquals("50", Weights.percent(0.5));
        assertEquals("100", Weights.percent(1));
        assertEquals("10", Weights.percent(0.1));
        assertEquals("0", Weights.percent(0));
        assertEquals("-100", Weights.percent(-1));
        assertEquals("12.5", Weights.percent(0.125));
        assertEquals("33.33333", Weights.percent(1.0 / 3));
        assertEquals("66.66667", Weights.percent(2.0 / 3));
        assertEquals("0.0004", Weights.percent(0.000004));
    }

    @Test
    void fractionsAreClampedToZeroToOne() {
        assertEquals(1.0, Weights.clamp(0.9999999));
        assertEquals(1.0, Weights.clamp(1.5));
        assertEquals(0.999999, Weights.clamp(0.999999));
        assertEquals(0.5, Weights.clamp(0.5));
        assertEquals(0.0, Weights.clamp(-0.5));
        assertEquals(0.0, Weights.clamp(0));
    }

    // True/false.

    @Test
    void trueFalseAnswersInEveryWordingWithFeedbackForEachResponse() {
        for (String word : List.of("true", "참", "O", "o", "TRUE")) {
            assertTrue(((TrueFalse) kind("true_false", "Answer: " + word + "\n")).answer(), word);
        }
        for (String word : List.of("false", "거짓", "X", "x", "False")) {
            assertFalse(((TrueFalse) kind("true_false", "Answer: " + word + "\n")).answer(), word);
        }
        TrueFalse both = (TrueFalse) kind("true_false", "Answer: true\nIf true: Right.\nIf false: Read **again**.\n");
        assertEquals("<p>Right.</p>", both.feedbackTrueHtml());
        assertEquals("<p>Read <strong>again</strong>.</p>", both.feedbackFalseHtml());
        assertEquals("<p>Right.</p>", both.feedbackFor(List.of("true")));
        assertEquals("<p>Read <strong>again</strong>.</p>", both.feedbackFor(List.of("false")));
        assertEquals("", both.feedbackFor(List.of()));
        assertEquals("", both.feedbackFor(List.of("maybe")));
        TrueFalse onlyFalse = (TrueFalse) kind("true_false", "Answer: false\nIf false: Right.\n");
        assertEquals("", onlyFalse.feedbackTrueHtml());
        assertEquals("<p>Right.</p>", onlyFalse.feedbackFalseHtml());
        assertEquals("", onlyFalse.feedbackFor(List.of("true")));
        TrueFalse onlyTrue = (TrueFalse) kind("true_false", "Answer: false\nIf true: Wrong.\n");
        assertEquals("<p>Wrong.</p>", onlyTrue.feedbackTrueHtml());
        assertEquals("", onlyTrue.feedbackFalseHtml());
        assertEquals(List.of("q.md:5: true_false question needs Answer: true or Answer: false"),
                problems("true_false", "If true: Right.\n"));
    }

    @Test
    void trueFalseScoresAndPartsFollowTheKey() {
        TrueFalse key = new TrueFalse(false);
        assertEquals(1.0, key.fraction(List.of("false")));
        assertEquals(0.0, key.fraction(List.of("true")));
        assertEquals(0.0, key.fraction(List.of()));
        assertEquals(List.of("false"), key.correctResponse());
        assertEquals(0.5, key.randomGuessScore());
        assertEquals(List.of(new ResponsePart("true", "true", false), new ResponsePart("false", "false", true)),
                key.responseParts());
        assertEquals(List.of(new ResponsePart("false", "false", true)), key.analyse(List.of("false")));
        assertEquals(List.of(), key.analyse(List.of()));
        assertEquals("If true: Right.\nIf false: Again.\n", TrueFalse.feedbackMarkdown("Right.", "Again."));
        assertEquals("If false: Again.\n", TrueFalse.feedbackMarkdown(null, "Again."));
        assertEquals("If true: Right.\n", TrueFalse.feedbackMarkdown("Right.", ""));
        assertEquals("", TrueFalse.feedbackMarkdown("", null));
        assertEquals("Answer: false\n", TrueFalse.markdown(false));
    }
}
