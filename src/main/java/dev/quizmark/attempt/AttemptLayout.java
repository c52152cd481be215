package dev.quizmark.attempt;

import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.QuestionType;
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
 * <p>Ordering items and matching right sides are always shuffled (the file order is the answer); choices and
 * matching left sides only when the quiz asks for {@code shuffle_choices}. Forms never carry choice ids or
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

    /** display position → index into {@code q.choices()} */
    int[] choiceOrder(Question q) {
        int n = q.choices().size();
        boolean shuffle = q.type() == QuestionType.ORDERING || quiz.settings().shuffleChoices();
        int[] order = shuffle ? permutation(n, random(q, 1)) : identity(n);
        if (q.type() == QuestionType.ORDERING) {
            avoidIdentity(order);
        }
        return order;
    }

    /** MATCHING: display position of a right-side option → index into {@code q.key().matches()} */
    int[] matchOrder(Question q) {
        int[] order = permutation(q.key().matches().size(), random(q, 2));
        int[] left = choiceOrder(q);
        // Never line the options up with the left sides, or the first option would always fit the first item.
        if (Arrays.equals(order, left)) {
            rotate(order);
        }
        return order;
    }

    private Random random(Question q, int purpose) {
        // String.hashCode is specified, so the order is the same on every JVM and after restarts.
        return new Random(seed * 31 + q.id().hashCode() * 7L + purpose);
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

    private static void avoidIdentity(int[] order) {
        if (Arrays.equals(order, identity(order.length))) {
            rotate(order);
        }
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
