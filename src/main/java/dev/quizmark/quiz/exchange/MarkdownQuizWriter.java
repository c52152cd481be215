package dev.quizmark.quiz.exchange;

import dev.quizmark.question.Choice;
import dev.quizmark.question.Matching;
import dev.quizmark.question.NumericAnswer;
import dev.quizmark.question.ShortAnswer;
import dev.quizmark.question.TrueFalse;
import dev.quizmark.quiz.exchange.ExchangeQuestion.Answer;
import dev.quizmark.quiz.exchange.ExchangeQuestion.Choices;
import dev.quizmark.quiz.exchange.ExchangeQuestion.Match;
import dev.quizmark.quiz.exchange.ExchangeQuestion.NumberAnswer;
import dev.quizmark.quiz.exchange.ExchangeQuestion.Numeric;
import dev.quizmark.quiz.exchange.ExchangeQuestion.Ordering;
import dev.quizmark.quiz.exchange.ExchangeQuestion.Pair;
import dev.quizmark.quiz.exchange.ExchangeQuestion.ShortAnswers;
import dev.quizmark.quiz.exchange.ExchangeQuestion.TypedAnswer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes imported questions as a quiz file in the Markdown format, which then is the source of truth. A question
 * whose texts are all simple plain text is written as Markdown; any other (HTML, Markdown, text with characters
 * Markdown would read as syntax) gets {@code format=html} and its texts as sanitized HTML, one line each, so plain
 * text is never re-read as Markdown ({@code __init__}, {@code 2*3*4}) and HTML is kept as Moodle shows it.
 */
public final class MarkdownQuizWriter {

    /** @param questionLines per question written, its first and last Markdown line (1-based) */
    public record Written(String markdown, List<int[]> questionLines) {
    }

    /** Text Markdown shows as written: letters, digits, spaces and common punctuation, not starting like a list. */
    private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{M}\\p{N} ,.?!'\"()/;:@$°’‘“”«»¿¡–—-]*");
    private static final Pattern BLOCK_START = Pattern.compile("^(?:[-+%]|[0-9]+[.)]|(?i:answer|regex|tolerance|if true|if false|explanation|source)\\s*:).*",
            Pattern.DOTALL);
    private static final Pattern SOLE_PARAGRAPH = Pattern.compile("^<p(?:\\s[^>]*)?>((?:(?!<p[\\s>]).)*)</p>$", Pattern.DOTALL);

    private final StringBuilder out = new StringBuilder();
    private final Set<String> ids = new HashSet<>();
    private final List<int[]> lines = new ArrayList<>();
    private boolean html;

    private MarkdownQuizWriter() {
    }

    /** A quiz id for a file name: its slug, or for a name without Latin letters or digits one made from its hash. */
    public static String quizId(String fileName) {
        String slug = slug(fileName);
        return slug.isEmpty() ? "quiz-" + HexFormat.of().formatHex(sha256(fileName)).substring(0, 10) : slug;
    }

    public static Written write(String quizId, String title, List<ExchangeQuestion> questions) {
        MarkdownQuizWriter writer = new MarkdownQuizWriter();
        writer.out.append("---\nid: ").append(quizId).append("\ntitle: ").append(yamlString(title)).append("\n---\n");
        int number = 0;
        for (ExchangeQuestion question : questions) {
            number++;
            int start = writer.lineCount() + 2;
            writer.question(question, number);
            writer.lines.add(new int[] {start, writer.lineCount()});
        }
        return new Written(writer.out.toString(), List.copyOf(writer.lines));
    }

    private int lineCount() {
        return (int) out.chars().filter(c -> c == '\n').count();
    }

    private void question(ExchangeQuestion question, int number) {
        html = !texts(question).allMatch(MarkdownQuizWriter::isSafe);
        String type = type(question);
        String title = title(question, number);
        String id = uniqueId(question.idNumber() != null && dev.quizmark.quiz.Quiz.isId(question.idNumber()) ? question.idNumber()
                : question.name() != null && !slug(question.name()).isEmpty() ? slug(question.name()) : "question-" + number);
        out.append("\n## ").append(title).append(" {#").append(id).append(" type=").append(type);
        if (question.category() != null) {
            String topic = slug(question.category().substring(question.category().lastIndexOf('/') + 1));
            if (!topic.isEmpty()) {
                out.append(" topic=").append(topic);
            }
        }
        out.append(html ? " format=html" : "").append("}\n\n");
        String prompt = block(question.prompt());
        out.append(prompt.isEmpty() ? (html ? guard(escapeHtml(title)) : title) : prompt).append("\n\n");
        ExchangeQuestion.Body body = question.body();
        if (body instanceof Choices choices) {
            choices(choices);
        } else if (body instanceof ExchangeQuestion.TrueFalse tf) {
            out.append(TrueFalse.markdown(tf.answer())).append(TrueFalse.feedbackMarkdown(block(tf.feedbackTrue()), block(tf.feedbackFalse())));
        } else if (body instanceof ShortAnswers shortAnswers) {
            shortAnswers(shortAnswers);
        } else if (body instanceof Numeric numeric) {
            numeric(numeric);
        } else if (body instanceof Match match) {
            for (Pair pair : match.pairs()) {
                String right = oneLine(pair.right());
                out.append(pair.left().isEmpty() ? Matching.distractorMarkdown(right) : Matching.markdown(inline(pair.left()), right));
            }
        } else if (body instanceof Ordering ordering) {
            int n = 0;
            for (FormattedText item : ordering.items()) {
                out.append(++n).append(". ").append(inline(item)).append('\n');
            }
        }
        if (!question.generalFeedback().isEmpty()) {
            out.append("\nExplanation: ").append(block(question.generalFeedback())).append('\n');
        }
    }

    private static String type(ExchangeQuestion question) {
        ExchangeQuestion.Body body = question.body();
        if (body instanceof Choices c) {
            return c.single() ? "single" : "multiple";
        }
        return body instanceof ExchangeQuestion.TrueFalse ? "true_false" : body instanceof ShortAnswers ? "short"
                : body instanceof Numeric ? "numeric" : body instanceof Match ? "matching" : "ordering";
    }

    private void choices(Choices choices) {
        List<Answer> answers = choices.answers().stream().filter(a -> !a.text().isEmpty()).toList();
        long full = answers.stream().filter(a -> a.fraction() == 1).count();
        boolean plain = choices.single() && full == 1 && answers.stream().allMatch(a -> a.fraction() == 0 || a.fraction() == 1);
        for (Answer answer : answers) {
            Double weight = plain || answer.fraction() == 0 ? null : answer.fraction();
            out.append(Choice.markdown(answer.fraction() > 0, weight, inline(answer.text()), block(answer.feedback())));
        }
    }

    private void shortAnswers(ShortAnswers shortAnswers) {
        List<TypedAnswer> answers = shortAnswers.answers().stream().filter(a -> !a.text().isBlank()).toList();
        boolean simple = answers.stream().allMatch(a -> a.fraction() == 1 && a.feedback().isEmpty()
                && !a.text().contains("*") && !a.text().contains("|") && !a.text().startsWith("%"));
        if (simple && !answers.isEmpty()) {
            out.append(ShortAnswer.markdown(answers.stream().map(a -> a.text().strip().replaceAll("\\s+", " ")).toList()));
            return;
        }
        for (TypedAnswer answer : answers) {
            // A line break inside an answer is whitespace, which the grader ignores anyway.
            out.append(ShortAnswer.markdown(new ShortAnswer.Accepted(answer.text().strip().replaceAll("\\s+", " "), Math.max(0, answer.fraction()), ""),
                    block(answer.feedback())));
        }
    }

    private void numeric(Numeric numeric) {
        List<NumberAnswer> answers = numeric.answers();
        if (answers.size() == 1 && answers.get(0).value() != null && answers.get(0).fraction() == 1 && answers.get(0).feedback().isEmpty()) {
            NumberAnswer only = answers.get(0);
            out.append(NumericAnswer.markdown(NumericAnswer.plain(only.value()),
                    only.tolerance() > 0 ? NumericAnswer.plain(only.tolerance()) : null));
            return;
        }
        for (NumberAnswer answer : answers) {
            NumericAnswer.Accepted accepted = answer.value() == null ? new NumericAnswer.Any()
                    : new NumericAnswer.Exact(answer.value(), answer.tolerance());
            out.append(NumericAnswer.markdown(new NumericAnswer.Graded(accepted, Math.max(0, answer.fraction()), ""),
                    block(answer.feedback())));
        }
    }

    /** Every text of a question that is written into the file. */
    private static Stream<FormattedText> texts(ExchangeQuestion q) {
        Stream<FormattedText> own = Stream.of(q.prompt(), q.generalFeedback());
        ExchangeQuestion.Body body = q.body();
        Stream<FormattedText> answers = Stream.empty();
        if (body instanceof Choices c) {
            answers = c.answers().stream().flatMap(a -> Stream.of(a.text(), a.feedback()));
        } else if (body instanceof ExchangeQuestion.TrueFalse tf) {
            answers = Stream.of(tf.feedbackTrue(), tf.feedbackFalse());
        } else if (body instanceof ShortAnswers s) {
            answers = s.answers().stream().map(TypedAnswer::feedback);
        } else if (body instanceof Numeric n) {
            answers = n.answers().stream().map(NumberAnswer::feedback);
        } else if (body instanceof Match m) {
            answers = m.pairs().stream().map(Pair::left);
        } else if (body instanceof Ordering o) {
            answers = o.items().stream();
        }
        return Stream.concat(own, answers);
    }

    private static boolean isSafe(FormattedText text) {
        return text.isEmpty() || (text.format() == TextFormat.MOODLE || text.format() == TextFormat.PLAIN)
                && SAFE.matcher(text.text()).matches() && !BLOCK_START.matcher(text.text()).matches();
    }

    /** A text as the question's format writes it: as it is, or sanitized HTML on one line. */
    private String block(FormattedText text) {
        if (text.isEmpty()) {
            return "";
        }
        return html ? guard(oneLine(text.html())) : text.text();
    }

    /** A choice or left side: a sole paragraph is unwrapped, since it sits inside a label. */
    private String inline(FormattedText text) {
        if (!html) {
            return text.text();
        }
        String cleaned = oneLine(text.html());
        java.util.regex.Matcher sole = SOLE_PARAGRAPH.matcher(cleaned);
        return guard(sole.matches() ? sole.group(1).strip() : cleaned);
    }

    /** Line breaks inside HTML text become character references, so the text stays one Markdown line. */
    private static String oneLine(String text) {
        return text.strip().replace("\r\n", "\n").replace("\n", "&#10;");
    }

    /** The first character as a reference when Markdown would read it as syntax (a list, a heading, a field …). */
    private static String guard(String html) {
        if (html.isEmpty() || html.charAt(0) == '<' || Character.isLetter(html.charAt(0)) && !BLOCK_START.matcher(html).matches()) {
            return html;
        }
        return "&#" + html.codePointAt(0) + ";" + html.substring(Character.charCount(html.codePointAt(0)));
    }

    private static String escapeHtml(String text) {
        return org.jsoup.nodes.Entities.escape(text);
    }

    /** The heading text: the question's name, or the start of its text, without what a heading would read as syntax. */
    private static String title(ExchangeQuestion question, int number) {
        String title = question.name();
        if (title == null || title.isBlank()) {
            title = dev.quizmark.quiz.SafeHtml.text(question.prompt().html());
            if (title.length() > 60) {
                title = title.substring(0, 57).strip() + "…";
            }
        }
        title = title.replace('{', '(').replace('}', ')').replaceAll("\\s+", " ").replaceAll("[#\\s]+$", "").strip();
        return title.isEmpty() ? "Question " + number : title;
    }

    private String uniqueId(String base) {
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** A YAML double-quoted string (JSON escapes are YAML escapes), so any file name is a valid title. */
    static String yamlString(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
