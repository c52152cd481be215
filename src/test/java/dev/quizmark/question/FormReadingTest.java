package dev.quizmark.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizFileParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reading a posted attempt form back into a response: forms carry display positions only, and each type turns
 * them into file-order answers through the attempt's display order. The order here is written out by hand.
 */
class FormReadingTest {

    /** Choices reversed; ordering items shown as file items 3, 1, 2; matching answers offered as 2, 3, 1. */
    private static final DisplayOrder ORDER = new DisplayOrder() {
        @Override
        public int[] choices(int count) {
            int[] reversed = new int[count];
            for (int i = 0; i < count; i++) {
                reversed[i] = count - 1 - i;
            }
            return reversed;
        }

        @Override
        public int[] scrambled(int count) {
            return new int[] {2, 0, 1};
        }

        @Override
        public int[] options(int count, int[] items) {
            return new int[] {1, 2, 0};
        }
    };

    private static Quiz quiz;

    @BeforeAll
    static void parse() throws IOException {
        quiz = new QuizFileParser(p -> Optional.empty())
                .parse("all-types.md", Files.readAllBytes(Path.of("src/test/resources/quiz/valid/all-types.md"))).quiz();
    }

    private static List<String> read(String questionId, Map<String, List<String>> posted) {
        return quiz.question(questionId).orElseThrow().kind()
                .read(new PostedForm(posted), new AnswerFields(questionId), ORDER);
    }

    @Test
    void singleChoicePositionsCountInDisplayOrder() {
        // Shown: 1 = "also wrong" (c), 2 = "right" (b), 3 = "wrong" (a).
        assertEquals(List.of("b"), read("single", Map.of("q.single", List.of("2"))));
        assertEquals(List.of("a"), read("single", Map.of("q.single", List.of(" 3 "))));
        assertEquals(List.of(), read("single", Map.of("q.single", List.of("4"))));
        assertEquals(List.of(), read("single", Map.of("q.single", List.of("0"))));
        assertEquals(List.of(), read("single", Map.of("q.single", List.of("b"))));
        assertEquals(List.of(), read("single", Map.of("q.single", List.of(""))));
        assertEquals(List.of(), read("single", Map.of()));
    }

    @Test
    void multipleResponseKeepsFileOrderAndDropsJunk() {
        // Shown: 1 = D, 2 = C, 3 = B, 4 = A.
        assertEquals(List.of("a", "b"), read("multi", Map.of("q.multi", List.of("4", "3"))));
        assertEquals(List.of("a", "d"), read("multi", Map.of("q.multi", List.of("1", "9", "x", "4", "4"))));
        assertEquals(List.of(), read("multi", Map.of("q.multi", List.of())));
    }

    @Test
    void trueFalseTakesOnlyItsTwoValues() {
        assertEquals(List.of("true"), read("tf", Map.of("q.tf", List.of("true"))));
        assertEquals(List.of("false"), read("tf", Map.of("q.tf", List.of("false", "true"))));
        assertEquals(List.of(), read("tf", Map.of("q.tf", List.of("yes"))));
        assertEquals(List.of(), read("tf", Map.of()));
    }

    @Test
    void typedAnswersAreTrimmedAndCut() {
        assertEquals(List.of("Aider"), read("short", Map.of("q.short", List.of("  Aider \n"))));
        assertEquals(List.of("71.6"), read("num", Map.of("q.num", List.of("71.6"))));
        assertEquals(List.of(""), read("short", Map.of()));
        String tooLong = "가".repeat(PostedForm.MAX_TEXT + 20);
        assertEquals(List.of("가".repeat(500)), read("short", Map.of("q.short", List.of(tooLong))));
        PostedForm form = new PostedForm(Map.of("q.short", List.of(tooLong)));
        assertTrue(form.tooLong(new AnswerFields("short")));
        assertFalse(form.tooLong(new AnswerFields("cloze")));
        assertTrue(new PostedForm(Map.of("q.cloze.2", List.of(tooLong))).tooLong(new AnswerFields("cloze")));
        assertFalse(new PostedForm(Map.of("q.short", List.of("x".repeat(500)))).tooLong(new AnswerFields("short")));
    }

    @Test
    void orderingPositionsGoBackToTheItemsShown() {
        // Rows show file items 3, 1, 2; giving them positions 3, 1, 2 is the right order.
        assertEquals(List.of("1", "2", "3"), read("order", Map.of("q.order.1", List.of("3"), "q.order.2", List.of("1"),
                "q.order.3", List.of("2"))));
        assertEquals(List.of("", "", "1"), read("order", Map.of("q.order.1", List.of("1"), "q.order.2", List.of("4"),
                "q.order.3", List.of("x"))));
    }

    @Test
    void matchingPicksGoBackToFileIndexes() {
        // Left sides shown as file rows 3, 2, 1 (reversed); answers offered as file answers 2, 3, 1.
        assertEquals(List.of("2", "1", "0"), read("match", Map.of("q.match.1", List.of("3"), "q.match.2", List.of("1"),
                "q.match.3", List.of("2"))));
        assertEquals(List.of("", "", ""), read("match", Map.of("q.match.1", List.of("0"), "q.match.2", List.of("4"))));
    }

    @Test
    void clozeBlanksAreReadInOrder() {
        assertEquals(List.of("128,000", "400"), read("cloze", Map.of("q.cloze.1", List.of(" 128,000"), "q.cloze.2", List.of("400 "))));
        assertEquals(List.of("", "400"), read("cloze", Map.of("q.cloze.2", List.of("400"))));
    }

    @Test
    void positionsAreOneBasedWithinTheSize() {
        assertEquals(1, PostedForm.position("1", 3));
        assertEquals(3, PostedForm.position(" 3", 3));
        assertEquals(null, PostedForm.position("4", 3));
        assertEquals(null, PostedForm.position("0", 3));
        assertEquals(null, PostedForm.position("-1", 3));
        assertEquals(null, PostedForm.position(" ", 3));
        assertEquals(null, PostedForm.position(null, 3));
        assertEquals(null, PostedForm.position("1.5", 3));
    }
}
