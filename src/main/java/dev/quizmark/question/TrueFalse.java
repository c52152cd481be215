package dev.quizmark.question;

import dev.quizmark.question.AnswerCounts.GivenAnswer;
import dev.quizmark.question.KindSyntax.AnswerList;
import dev.quizmark.question.QuestionSource.Field;
import java.util.List;
import java.util.Locale;

/**
 * {@code Answer: true} or {@code false} (참/거짓, O/X), with optional feedback for each answer a student gives
 * ({@code If true:}, {@code If false:}). Response: {@code ["true"]} or {@code ["false"]}.
 *
 * @param feedbackTrueHtml, feedbackFalseHtml rendered feedback shown in the review for that response, or empty
 */
public record TrueFalse(boolean answer, String feedbackTrueHtml, String feedbackFalseHtml) implements QuestionKind {

    public static final KindSyntax SYNTAX = new KindSyntax("true_false", AnswerList.NONE, List.of("answer", "if true", "if false"),
            false, TrueFalse::read);

    public TrueFalse(boolean answer) {
        this(answer, "", "");
    }

    static TrueFalse read(QuestionSource source) {
        Field answer = source.field("answer");
        String ifTrue = source.field("if true") == null ? "" : source.blockHtml(source.field("if true").value());
        String ifFalse = source.field("if false") == null ? "" : source.blockHtml(source.field("if false").value());
        if (answer == null) {
            source.problem("true_false question needs Answer: true or Answer: false");
            return new TrueFalse(false, ifTrue, ifFalse);
        }
        Boolean value = switch (answer.value().strip().toLowerCase(Locale.ROOT)) {
            case "true", "참", "o" -> true;
            case "false", "거짓", "x" -> false;
            default -> null;
        };
        if (value == null) {
            source.problem(answer.line(), "expected Answer: true or false (참/거짓, O/X), got \"" + answer.value() + "\"");
        }
        return new TrueFalse(Boolean.TRUE.equals(value), ifTrue, ifFalse);
    }

    /** The answer as written in a quiz file, for converters. */
    public static String markdown(boolean answer) {
        return "Answer: " + answer + "\n";
    }

    /** The feedback fields as written in a quiz file (Markdown or the question's HTML), for converters; empty when none. */
    public static String feedbackMarkdown(String ifTrue, String ifFalse) {
        return (ifTrue == null || ifTrue.isEmpty() ? "" : "If true: " + ifTrue + "\n")
                + (ifFalse == null || ifFalse.isEmpty() ? "" : "If false: " + ifFalse + "\n");
    }

    @Override
    public String typeName() {
        return SYNTAX.typeName();
    }

    @Override
    public double fraction(List<String> response) {
        return Responses.first(response).equals(String.valueOf(answer)) ? 1 : 0;
    }

    @Override
    public List<String> correctResponse() {
        return List.of(String.valueOf(answer));
    }

    @Override
    public List<String> read(PostedForm form, AnswerFields fields, DisplayOrder order) {
        String value = form.first(fields.name());
        return "true".equals(value) || "false".equals(value) ? List.of(value) : List.of();
    }

    @Override
    public AnswerInput input(List<String> response, AnswerFields fields, DisplayOrder order) {
        return new AnswerInput.Text(Responses.first(response));
    }

    @Override
    public ReviewParts review(String promptHtml, List<String> response, DisplayOrder order, QuestionMessages words) {
        String given = Responses.first(response);
        return ReviewParts.row(promptHtml, label(given, words), label(String.valueOf(answer), words), fraction(response) >= 1)
                .withFeedback(feedbackFor(response));
    }

    /** The feedback for a response: that of the answer given, or empty. */
    public String feedbackFor(List<String> response) {
        String given = Responses.first(response);
        return "true".equals(given) ? feedbackTrueHtml : "false".equals(given) ? feedbackFalseHtml : "";
    }

    private static String label(String value, QuestionMessages words) {
        return "true".equals(value) ? words.answerTrue() : "false".equals(value) ? words.answerFalse() : "";
    }

    @Override
    public String describe(List<String> response) {
        return String.join("; ", response);
    }

    @Override
    public AnswerCounts count(List<GivenAnswer> answers) {
        return AnswerCounts.NONE;
    }
}
