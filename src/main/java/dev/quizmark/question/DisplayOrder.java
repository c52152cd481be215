package dev.quizmark.question;

/**
 * The order one attempt shows a question's parts in, as {@code display position (0-based) → index in file order}.
 * It depends only on the attempt and the question, so every reload shows the same order without storing it.
 */
public interface DisplayOrder {

    /** Choices: shuffled when the quiz asks for {@code shuffle_choices}, else in file order. */
    int[] choices(int count);

    /** Items whose file order is the answer (ordering): always shuffled, and never left in file order. */
    int[] scrambled(int count);

    /** The answers offered for each item (matching): always shuffled, and never lined up with {@code items}. */
    int[] options(int count, int[] items);
}
