package dev.quizmark.question;

import dev.quizmark.question.KindSyntax.AnswerList;
import dev.quizmark.question.QuestionSource.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;

/**
 * A typed answer, written one of two ways. {@code Answer: a | b} lists answers that earn full marks. A bullet list
 * of answers (Moodle's short answer) gives each its share and feedback: {@code - %50% Cat} with the feedback as a
 * quote below it; there {@code *} stands for any text and {@code \*} for a star, and the first answer that
 * matches decides, as in Moodle. An optional {@code Regex:} accepts more with full marks. Answers compare after
 * {@link AnswerNormalizer#normalize}. Response: {@code [text]} as typed.
 *
 * @param answers   accepted answers in file order
 * @param regex     the extra pattern, or null
 * @param wildcards whether {@code *} in an answer is a wildcard (the list form)
 */
public record ShortAnswer(List<Accepted> answers, String regex, boolean wildcards) implements TypedAnswer {

    public static final KindSyntax SYNTAX = new KindSyntax("short", AnswerList.BULLET_LIST, List.of("answer", "regex"), false,
            ShortAnswer::read);

    /** @param fraction the share of the points it earns, 0..1; {@code feedbackHtml} empty when none */
    public record Accepted(String text, double fraction, String feedbackHtml) {

        /** Whether it earns less than full marks; {@link #percent} says how much. */
        public boolean partial() {
            return fraction < 1;
        }

        public String percent() {
            return Weights.percent(fraction);
        }
    }

    /** Answers that all earn full marks, without feedback or wildcards ({@code Answer: a | b}). */
    public ShortAnswer(List<String> accepted, String regex) {
        this(accepted.stream().map(a -> new Accepted(a, 1, "")).toList(), regex, false);
    }

    static ShortAnswer read(QuestionSource source) {
        Field answer = source.field("answer");
        List<Accepted> answers = List.of();
        boolean list = source.answerList() instanceof BulletList;
        if (list && answer != null) {
            source.problem(answer.line(), "give the accepted answers either as Answer: or as a list, not both");
        } else if (list) {
            answers = readList(source, (BulletList) source.answerList());
        } else if (answer == null) {
            source.problem("short question needs Answer: with the accepted answers (separated by |), or a list of them");
        } else {
            answers = alternatives(answer.value()).stream().map(a -> new Accepted(a, 1, "")).toList();
            if (answers.isEmpty()) {
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
        if (!answers.isEmpty() && answers.stream().noneMatch(a -> a.fraction() >= 1) && pattern == null) {
            source.problem("no answer earns full marks: give one %100% (or no weight)");
        }
        return new ShortAnswer(answers, pattern, list);
    }

    private static List<Accepted> readList(QuestionSource source, BulletList list) {
        List<Accepted> answers = new ArrayList<>();
        for (ListItem item : QuestionSource.items(list)) {
            int line = QuestionSource.startLine(item);
            QuestionSource.Weighted weighted = source.weighted(source.itemLine(item), line);
            double fraction = weighted.weight() == null ? 1 : weighted.weight();
            if (fraction < 0) {
                source.problem(line, "a short answer's weight must be 0% to 100%");
            }
            if (weighted.text().isBlank()) {
                source.problem(line, "accepted answer has no text");
                continue;
            }
            answers.add(new Accepted(weighted.text().strip(), Math.max(0, fraction), source.itemFeedback(item)));
        }
        return List.copyOf(answers);
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

    /** One answer of the list form ({@code - %50% text}, feedback quoted below), for converters. */
    public static String markdown(Accepted answer, String feedbackMarkdown) {
        String line = "- " + (answer.fraction() >= 1 && !answer.text().startsWith("%") ? "" : "%" + Weights.percent(answer.fraction()) + "% ")
                + answer.text() + "\n";
        return feedbackMarkdown == null || feedbackMarkdown.isEmpty() ? line : line + "  > " + feedbackMarkdown + "\n";
    }

    /** The answers that earn full marks, as written: what lint and the preview show as the key. */
    public List<String> accepted() {
        return answers.stream().filter(a -> a.fraction() >= 1).map(Accepted::text).toList();
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
        return matchesRegex(regex, answer);
    }

    private static boolean matchesRegex(String regex, String normalized) {
        return regex != null && Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(normalized).matches();
    }

    /** The first answer the typed text matches, or null. */
    public Accepted matching(String typed) {
        String answer = AnswerNormalizer.normalize(typed);
        if (answer.isEmpty()) {
            return null;
        }
        for (Accepted accepted : answers) {
            if (wildcards ? wildcardPattern(accepted.text()).matcher(answer).matches()
                    : AnswerNormalizer.normalize(accepted.text()).equals(answer)) {
                return accepted;
            }
        }
        return null;
    }

    /** Moodle's short-answer wildcard: {@code *} is any text, {@code \*} a star; the rest compares normalised. */
    private static Pattern wildcardPattern(String text) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                literal.append('*');
                i++;
            } else if (c == '*') {
                regex.append(Pattern.quote(AnswerNormalizer.normalize(literal.toString()))).append(".*");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(AnswerNormalizer.normalize(literal.toString())));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    @Override
    public String typeName() {
        return SYNTAX.typeName();
    }

    @Override
    public double fraction(List<String> response) {
        String typed = Responses.first(response);
        Accepted match = matching(typed);
        if (match != null) {
            return match.fraction();
        }
        String answer = AnswerNormalizer.normalize(typed);
        return !answer.isEmpty() && matchesRegex(regex, answer) ? 1 : 0;
    }

    @Override
    public List<String> correctResponse() {
        return answers.stream().filter(a -> a.fraction() >= 1).findFirst().map(a -> List.of(example(a.text())))
                .orElseGet(() -> List.of(answers.get(0).text()));
    }

    /** An answer that matches: wildcards filled with nothing, escaped stars as stars. */
    private String example(String text) {
        return wildcards ? text.replace("\\*", "\u0000").replace("*", "").replace("\u0000", "*") : text;
    }

    @Override
    public ReviewParts review(String promptHtml, List<String> response, DisplayOrder order, QuestionMessages words) {
        String typed = Responses.first(response);
        Accepted match = matching(typed);
        ReviewParts parts = ReviewParts.row(promptHtml, typed, String.join(" | ", accepted()), fraction(response) >= 1);
        return match == null || match.feedbackHtml().isEmpty() ? parts : parts.withFeedback(match.feedbackHtml());
    }
}
