package dev.quizmark.attempt;

import dev.quizmark.question.DisplayOrder;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order an attempt shows things in, derived only from the quiz version and the attempt's seed, so
 * every reload (and every app instance) shows the same order without storing it.
 *
 * <p>Questions are shuffled when the quiz asks for {@code shuffle_questions}, choices for {@code shuffle_choices};
 * parts whose file order is the answer (ordering items, matching answers) always. Forms never carry choice ids or
 * key indexes, only positions in this display order: choice ids follow file order, which for ordering and
 * matching would give the answer away.
 */
final class AttemptLayout {

    private final Quiz quiz;
    private final long seed;

    AttemptLayout(Quiz quiz, long seed) {
        this.quiz = quiz;
        this.seed = seed;
    }

    Quiz quiz() {
        return quiz;
    }

    List<Question> questions() {
        List<Question> questions = new ArrayList<>(quiz.questions());
        if (quiz.settings().shuffleQuestions()) {
            Collections.shuffle(questions, new Random(seed));
        }
        return questions;
    }

    /** Questions per page: the quiz's page size, or all on one page. */
    int pageSize() {
        return quiz.settings().pageSize() > 0 ? quiz.settings().pageSize() : Math.max(1, quiz.questions().size());
    }

    int pages() {
        return Math.max(1, (quiz.questions().size() + pageSize() - 1) / pageSize());
    }

    /** The page (1-based) of the question shown at {@code index} (0-based) in {@link #questions()}. */
    int pageOf(int index) {
        return index / pageSize() + 1;
    }

    DisplayOrder order(Question q) {
        return new QuestionOrder(q);
    }

    private final class QuestionOrder implements DisplayOrder {
        private final Question question;

        QuestionOrder(Question question) {
            this.question = question;
        }

        @Override
        public int[] choices(int count) {
            return quiz.settings().shuffleChoices() ? permutation(count, random(1)) : identity(count);
        }

        @Override
        public int[] scrambled(int count) {
            int[] order = permutation(count, random(1));
            if (Arrays.equals(order, identity(count))) {
                rotate(order);
            }
            return order;
        }

        @Override
        public int[] options(int count, int[] items) {
            int[] order = permutation(count, random(2));
            // Never line the options up with the items, or the first option would always fit the first item.
            if (Arrays.equals(order, items)) {
                rotate(order);
            }
            return order;
        }

        private Random random(int purpose) {
            // String.hashCode is specified, so the order is the same on every JVM and after restarts.
            return new Random(seed * 31 + question.id().hashCode() * 7L + purpose);
        }
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private static int[] permutation(int n, Random random) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        Collections.shuffle(list, random);
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void rotate(int[] order) {
        if (order.length < 2) {
            return;
        }
        int first = order[0];
        System.arraycopy(order, 1, order, 0, order.length - 1);
        order[order.length - 1] = first;
    }
}
