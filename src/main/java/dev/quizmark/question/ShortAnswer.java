package dev.quizmark.question;

import dev.quizmark.question.KindSyntax.AnswerList;
import dev.quizmark.question.QuestionSource.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A typed answer: {@code Answer: a | b} lists the accepted answers, an optional {@code Regex:} accepts more.
 * Answers compare after {@link AnswerNormalizer#normalize}. Response: {@code [text]} as typed.
 *
 * @param regex the extra pattern, or null
 */
public record ShortAnswer(List<String> accepted, String regex) implements TypedAnswer {

    public static final KindSyntax SYNTAX = new KindSyntax("short", AnswerList.NONE, List.of("answer", "regex"), false,
            ShortAnswer::read);

    static ShortAnswer read(QuestionSource source) {
        Field answer = source.field("answer");
        List<String> accepted = List.of();
        if (answer == null) {
            source.problem("short question needs Answer: with the accepted answers (separated by |)");
        } else {
            accepted = alternatives(answer.value());
            if (accepted.isEmpty()) {
                source.problem(answer.line(), "Answer: lists no accepted answer");
            }
        }
        Field regex = source.field("regex");
        String pattern = null;
        if (regex != null) {
            pattern = regex.value().strip();
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                source.problem(regex.line(), "Regex: is not a valid regular expression: " + e.getDescription());
            }
        }
        return new ShortAnswer(accepted, pattern);
    }

    /** "a | b" → [a, b], blanks dropped; also the syntax of a cloze blank. */
    static List<String> alternatives(String written) {
        List<String> accepted = new ArrayList<>();
        for (String option : written.split("\\|")) {
            if (!option.isBlank()) {
                accepted.add(option.strip());
            }
        }
        return List.copyOf(accepted);
    }

    /** The answer as written in a quiz file, for converters. */
    public static String markdown(List<String> accepted) {
        return "Answer: " + String.join(" | ", accepted) + "\n";
    }

    /** Whether typed text is one of the accepted answers or matches the pattern (null for none). */
    static boolean accepts(List<String> accepted, String regex, String typed) {
        String answer = AnswerNormalizer.normalize(typed);
        if (answer.isEmpty()) {
            return false;
        }
        if (accepted.stream().map(AnswerNormalizer::normalize).anyMatch(answer::equals)) {
            return true;
        }
        return regex != null && Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(answer).matches();
    }

    @Override
    public String typeName() {
        return SYNTAX.typeName();
    }

    @Override
    public double fraction(List<String> response) {
        return accepts(accepted, regex, Responses.first(response)) ? 1 : 0;
    }

    @Override
    public List<String> correctResponse() {
        return List.of(accepted.get(0));
    }

    @Override
    public ReviewParts review(String promptHtml, List<String> response, DisplayOrder order, QuestionMessages words) {
        return ReviewParts.row(promptHtml, Responses.first(response), String.join(" | ", accepted), fraction(response) >= 1);
    }
}
