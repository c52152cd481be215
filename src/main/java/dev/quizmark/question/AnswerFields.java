package dev.quizmark.question;

/**
 * Names and input ids of one question's fields in the attempt form: {@code q.<id>}, or {@code q.<id>.<n>} for the
 * n-th select or blank. Values are display positions (1-based), never choice ids or key indexes: see
 * {@link DisplayOrder}. Each question on a page also posts {@link #PRESENT}{@code =<id>}, so a question with every
 * box unticked still counts as posted.
 */
public record AnswerFields(String questionId) {

    public static final String PRESENT = "present";

    public String name() {
        return "q." + questionId;
    }

    public String name(int position) {
        return name() + "." + position;
    }

    /** The question's fieldset id; inputs and the prompt add a suffix to it. */
    public String domId() {
        return "q-" + questionId;
    }

    public String inputId(int position) {
        return domId() + "-" + position;
    }
}
