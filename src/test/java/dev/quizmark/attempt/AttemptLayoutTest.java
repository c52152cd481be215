package dev.quizmark.attempt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.question.DisplayOrder;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizFileParser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order an attempt shows things in: from the seed alone, shuffled when asked, never giving an answer away. */
class AttemptLayoutTest {

    private static Quiz quiz(String settings) {
        String text = "---\ntitle: Layout\n" + settings + "---\n\n"
                + "## A {#a}\n\nA?\n\n- [x] one\n- [ ] two\n- [ ] three\n- [ ] four\n\n"
                + "## B {#b type=ordering}\n\nOrder.\n\n1. first\n2. second\n3. third\n\n"
                + "## C {#c type=matching}\n\nMatch.\n\n- x => 1\n- y => 2\n- z => 3\n\n"
                + "## D {#d type=true_false}\n\nTrue?\n\nAnswer: true\n\n"
                + "## E {#e type=short}\n\nName?\n\nAnswer: e\n";
        QuizFileParser.Result result = new QuizFileParser(p -> Optional.empty()).parse("layout.md", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), result.problems());
        return result.quiz();
    }

    private static List<String> ids(AttemptLayout layout) {
        return layout.questions().stream().map(Question::id).toList();
    }

    @Test
    void withoutShufflingEverythingIsInFileOrder() {
        Quiz quiz = quiz("");
        for (long seed = 1; seed <= 20; seed++) {
            AttemptLayout layout = new AttemptLayout(quiz, seed);
            assertEquals(List.of("a", "b", "c", "d", "e"), ids(layout));
            assertArrayEquals(new int[] {0, 1, 2, 3}, layout.order(quiz.questions().get(0)).choices(4));
        }
    }

    @Test
    void theSameSeedGivesTheSameOrderAndSeedsDiffer() {
        Quiz quiz = quiz("shuffle_questions: true\nshuffle_choices: true\n");
        assertEquals(ids(new AttemptLayout(quiz, 42)), ids(new AttemptLayout(quiz, 42)));
        Question a = quiz.questions().get(0);
        assertArrayEquals(new AttemptLayout(quiz, 42).order(a).choices(4), new AttemptLayout(quiz, 42).order(a).choices(4));
        Set<List<String>> questionOrders = new HashSet<>();
        Set<String> choiceOrders = new HashSet<>();
        // Attempts get random 64-bit seeds (AttemptService); a fixed sequence of such seeds keeps the test repeatable.
        Random seeds = new Random(2026);
        for (int i = 0; i < 30; i++) {
            long seed = seeds.nextLong();
            AttemptLayout layout = new AttemptLayout(quiz, seed);
            questionOrders.add(ids(layout));
            int[] choices = layout.order(a).choices(4);
            assertEquals("[0, 1, 2, 3]", Arrays.toString(Arrays.stream(choices).sorted().toArray()), "a permutation");
            choiceOrders.add(Arrays.toString(choices));
        }
        assertTrue(questionOrders.size() > 5, "30 seeds gave only " + questionOrders.size() + " question orders");
        assertTrue(choiceOrders.size() > 5, "30 seeds gave only " + choiceOrders.size() + " choice orders");
    }

    @Test
    void orderingItemsAreNeverShownInAnswerOrder() {
        Quiz quiz = quiz("");
        Question ordering = quiz.questions().get(1);
        Set<String> seen = new HashSet<>();
        for (long seed = 1; seed <= 200; seed++) {
            for (int count = 2; count <= 5; count++) {
                int[] shown = new AttemptLayout(quiz, seed).order(ordering).scrambled(count);
                int[] sorted = Arrays.stream(shown).sorted().toArray();
                assertArrayEquals(Arrays.copyOf(new int[] {0, 1, 2, 3, 4}, count), sorted, "a permutation");
                assertFalse(Arrays.equals(shown, Arrays.copyOf(new int[] {0, 1, 2, 3, 4}, count)), "seed " + seed);
                if (count == 3) {
                    seen.add(Arrays.toString(shown));
                }
            }
        }
        assertEquals(5, seen.size(), "every order of three but the answer shows up: " + seen);
    }

    @Test
    void matchingOptionsNeverLineUpWithTheItems() {
        Quiz quiz = quiz("shuffle_choices: true\n");
        Question matching = quiz.questions().get(2);
        for (long seed = 1; seed <= 200; seed++) {
            DisplayOrder order = new AttemptLayout(quiz, seed).order(matching);
            int[] items = order.choices(3);
            int[] options = order.options(3, items);
            assertFalse(Arrays.equals(items, options), "seed " + seed);
            assertEquals(3, Arrays.stream(options).distinct().count());
        }
        int[] single = new AttemptLayout(quiz, 1).order(matching).options(1, new int[] {0});
        assertArrayEquals(new int[] {0}, single, "one option cannot be moved");
    }

    @Test
    void pagesSplitTheQuestions() {
        AttemptLayout paged = new AttemptLayout(quiz("page_size: 2\n"), 1);
        assertEquals(2, paged.pageSize());
        assertEquals(3, paged.pages());
        assertEquals(List.of(1, 1, 2, 2, 3), List.of(paged.pageOf(0), paged.pageOf(1), paged.pageOf(2), paged.pageOf(3), paged.pageOf(4)));
        AttemptLayout onePage = new AttemptLayout(quiz("page_size: 0\n"), 1);
        assertEquals(5, onePage.pageSize());
        assertEquals(1, onePage.pages());
        assertEquals(1, onePage.pageOf(4));
        assertEquals(1, new AttemptLayout(quiz("page_size: 5\n"), 1).pages());
        assertEquals(2, new AttemptLayout(quiz("page_size: 4\n"), 1).pages());
    }
}
