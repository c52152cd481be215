package dev.quizmark.question;

import dev.quizmark.question.AnswerCounts.GivenAnswer;
import dev.quizmark.question.KindSyntax.AnswerList;
import dev.quizmark.question.QuestionSource.Field;
import java.util.List;
import java.util.Locale;

/** {@code Answer: true} or {@code false} (참/거짓, O/X). Response: {@code ["true"]} or {@code ["false"]}. */
public record TrueFalse(boolean answer) implements QuestionKind {

    public static final KindSyntax SYNTAX = new KindSyntax("true_false", AnswerList.NONE, List.of("answer"), false,
            TrueFalse::read);

    static TrueFalse read(QuestionSource source) {
        Field answer = source.field("answer");
        if (answer == null) {
            source.problem("true_false question needs Answer: true or Answer: false");
            return new TrueFalse(false);
        }
        Boolean value = switch (answer.value().strip().toLowerCase(Locale.ROOT)) {
            case "true", "참", "o" -> true;
            case "false", "거짓", "x" -> false;
            default -> null;
        };
        if (value == null) {
            source.problem(answer.line(), "expected Answer: true or false (참/거짓, O/X), got \"" + answer.value() + "\"");
        }
        return new TrueFalse(Boolean.TRUE.equals(value));
    }

    /** The answer as written in a quiz file, for converters. */
    public static String markdown(boolean answer) {
        return "Answer: " + answer + "\n";
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
        return ReviewParts.row(promptHtml, label(Responses.first(response), words), label(String.valueOf(answer), words),
                fraction(response) >= 1);
    }

    private static String label(String value, QuestionMessages words) {
        return "true".equals(value) ? words.answerTrue() : "false".equals(value) ? words.answerFalse() : "";
    }

    @Override
    public String describe(List<String> response) {
        return String.join("; ", response);
    }

    @Override
    public Double randomGuessScore() {
        return 0.5;
    }

    @Override
    public List<ResponsePart> responseParts() {
        return List.of(new ResponsePart("true", "true", answer), new ResponsePart("false", "false", !answer));
    }

    @Override
    public List<ResponsePart> analyse(List<String> response) {
        return responseParts().stream().filter(p -> p.code().equals(Responses.first(response))).toList();
    }

    @Override
    public AnswerCounts count(List<GivenAnswer> answers) {
        return AnswerCounts.NONE;
    }
}
