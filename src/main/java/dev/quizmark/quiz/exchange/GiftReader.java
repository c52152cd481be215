package dev.quizmark.quiz.exchange;

import dev.quizmark.quiz.QuizProblem;
import dev.quizmark.quiz.SafeHtml;
import dev.quizmark.quiz.exchange.ExchangeQuestion.Answer;
import dev.quizmark.quiz.exchange.ExchangeQuestion.Body;
import dev.quizmark.quiz.exchange.ExchangeQuestion.Choices;
import dev.quizmark.quiz.exchange.ExchangeQuestion.Match;
import dev.quizmark.quiz.exchange.ExchangeQuestion.NumberAnswer;
import dev.quizmark.quiz.exchange.ExchangeQuestion.Numeric;
import dev.quizmark.quiz.exchange.ExchangeQuestion.Pair;
import dev.quizmark.quiz.exchange.ExchangeQuestion.ShortAnswers;
import dev.quizmark.quiz.exchange.ExchangeQuestion.TrueFalse;
import dev.quizmark.quiz.exchange.ExchangeQuestion.TypedAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Moodle GIFT the way Moodle's own importer ({@code question/format/gift/format.php}) does, step by step, so
 * a bank means here what it means in Moodle: questions split at blank lines, escapes ({@code \~ \= \# \{ \} \: \\
 * \n}), {@code ::names::}, {@code [format]} tags, the type decided from the answer block as Moodle decides it, weights
 * {@code %n%} only where Moodle reads them, {@code ####} general feedback and {@code $CATEGORY:}. No Java GIFT parser
 * is maintained, hence this reader. Questions Quizmark cannot grade (essays, descriptions) and blocks Moodle refuses
 * are reported with their GIFT line; the other questions are read.
 */
public final class GiftReader {

    public record Result(List<ExchangeQuestion> questions, List<QuizProblem> problems) {
    }

    /** Moodle's answer weight: {@code %50%}, {@code %-33.3%}; anything else is part of the answer. */
    private static final Pattern WEIGHT = Pattern.compile("^%-*([0-9]{1,2})\\.?([0-9]*)%");
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
    /** Escaped characters stand in for themselves as private-use characters while the block is taken apart. */
    private static final String ESCAPABLE = ":#={}~n";
    private static final char PLACEHOLDER = '\uE000';

    private final String path;
    private final List<ExchangeQuestion> questions = new ArrayList<>();
    private final List<QuizProblem> problems = new ArrayList<>();
    private String category;

    private GiftReader(String path) {
        this.path = path;
    }

    public static Result read(String path, String gift) {
        GiftReader reader = new GiftReader(path);
        String[] lines = gift.replaceFirst("^\uFEFF", "").split("\r\n|\r|\n", -1);
        List<String> chunk = new ArrayList<>();
        int first = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "";
            // Like PHP's empty(): a line "0" also ends a question in Moodle.
            if (line.isEmpty() || line.equals("0")) {
                if (!chunk.isEmpty()) {
                    reader.question(first, i, chunk);
                    chunk.clear();
                }
                continue;
            }
            if (chunk.isEmpty()) {
                first = i + 1;
            }
            chunk.add(line);
        }
        return new Result(List.copyOf(reader.questions), List.copyOf(reader.problems));
    }

    private void problem(int line, String message) {
        problems.add(new QuizProblem(path, line, message));
    }

    private void question(int firstLine, int lastLine, List<String> lines) {
        int line = firstLine;
        List<String> kept = new ArrayList<>();
        boolean started = false;
        for (String text : lines) {
            boolean comment = text.startsWith("//");
            if (!started && comment) {
                line++;
            } else {
                started = true;
            }
            kept.add(comment ? " " : text);
        }
        String text = escape(String.join("\n", kept).strip());
        if (text.isEmpty()) {
            return;
        }
        if (text.startsWith("$CATEGORY:")) {
            category = unescape(text.substring("$CATEGORY:".length())).strip();
            return;
        }
        String name = null;
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            if (end >= 0) {
                name = SafeHtml.text(unescape(text.substring(2, end))).strip();
                text = text.substring(end + 2).strip();
            } else {
                text = text.substring(2);
            }
        }
        int open = text.indexOf('{');
        int close = text.indexOf('}');
        if (open < 0 && close < 0) {
            problem(line, "description items (text without an {answer} block) are not supported: Quizmark has no ungraded items");
            return;
        }
        if (open < 0 || close < 0 || close < open) {
            problem(line, "the answer block needs both { and } (write \\{ and \\} for braces in the text)");
            return;
        }
        String answers = text.substring(open + 1, close).strip();
        String questionText = text.endsWith("}") ? text.substring(0, open) + text.substring(close + 1)
                : text.substring(0, open) + "_____" + text.substring(close + 1);
        String general = "";
        int generalAt = answers.lastIndexOf("####");
        if (generalAt >= 0) {
            general = answers.substring(generalAt + 4);
            answers = answers.substring(0, generalAt).strip();
        }
        FormattedText prompt = withFormat(questionText, TextFormat.MOODLE);
        FormattedText generalFeedback = withFormat(general, prompt.format());
        TextFormat format = prompt.format();
        Body body;
        if (answers.isEmpty()) {
            problem(line, "essay questions ({}) are not supported: Quizmark grades every answer automatically");
            return;
        } else if (answers.charAt(0) == '#') {
            body = numeric(line, answers.substring(1), format);
        } else if (answers.indexOf('~') >= 0) {
            body = choices(line, answers, format);
        } else if (answers.contains("=") && answers.contains("->")) {
            body = match(line, answers, format);
        } else {
            String check = answers.indexOf('#') > 0 ? answers.substring(0, answers.indexOf('#')).strip() : answers;
            body = TRUE_FALSE.contains(check) ? trueFalse(answers, format) : shortAnswers(line, answers, format);
        }
        if (body != null) {
            questions.add(new ExchangeQuestion(line, lastLine, name, category, prompt, generalFeedback, body));
        }
    }

    private Body choices(int line, String block, TextFormat format) {
        boolean single = block.contains("=");
        List<String> parts = split(block.replace("=", "~="), '~');
        if (parts.size() < 2) {
            problem(line, "a multiple-choice question needs at least two answers");
            return null;
        }
        List<Answer> answers = new ArrayList<>();
        for (String part : parts) {
            String answer = part.strip();
            Weighted weighted = answer.startsWith("=") ? new Weighted(1, answer.substring(1)) : weight(answer, 0);
            FormattedText[] textAndFeedback = comment(weighted.rest(), format);
            answers.add(new Answer(textAndFeedback[0], weighted.weight(), textAndFeedback[1]));
        }
        return new Choices(single, List.copyOf(answers));
    }

    private Body match(int line, String block, TextFormat format) {
        List<String> parts = split(block, '=');
        if (parts.size() < 2) {
            problem(line, "a matching question needs at least two pairs");
            return null;
        }
        List<Pair> pairs = new ArrayList<>();
        for (String part : parts) {
            String answer = part.strip();
            int arrow = answer.indexOf("->");
            if (arrow < 0) {
                problem(line, "every matching answer needs a -> between its two sides: " + unescape(answer));
                return null;
            }
            pairs.add(new Pair(withFormat(answer.substring(0, arrow), format), unescape(answer.substring(arrow + 2)).strip()));
        }
        return new Match(List.copyOf(pairs));
    }

    private Body trueFalse(String block, TextFormat format) {
        String[] bits = block.split("#", 3);
        String answer = withFormat(bits[0], format).text();
        FormattedText wrong = bits.length > 1 ? withFormat(bits[1], format) : FormattedText.empty(format);
        FormattedText right = bits.length > 2 ? withFormat(bits[2], format) : FormattedText.empty(format);
        boolean value = answer.equals("T") || answer.equals("TRUE");
        return value ? new TrueFalse(true, right, wrong) : new TrueFalse(false, wrong, right);
    }

    private Body shortAnswers(int line, String block, TextFormat format) {
        List<String> parts = split(block, '=');
        if (parts.isEmpty()) {
            problem(line, "a short-answer question needs at least one answer");
            return null;
        }
        List<TypedAnswer> answers = new ArrayList<>();
        for (String part : parts) {
            Weighted weighted = weight(part.strip(), 1);
            FormattedText[] textAndFeedback = comment(weighted.rest(), format);
            answers.add(new TypedAnswer(textAndFeedback[0].text(), weighted.weight(), textAndFeedback[1]));
        }
        return new ShortAnswers(List.copyOf(answers));
    }

    private Body numeric(int line, String block, TextFormat format) {
        String wrongFeedback = null;
        int tilde = block.indexOf('~');
        if (tilde >= 0) {
            wrongFeedback = block.substring(tilde);
            block = block.substring(0, tilde);
        }
        List<String> parts = split(block, '=');
        if (parts.isEmpty()) {
            problem(line, "a numeric question needs at least one answer, like {#3.14:0.01}");
            return null;
        }
        List<NumberAnswer> answers = new ArrayList<>();
        for (String part : parts) {
            Weighted weighted = weight(part.strip(), 1);
            double weight = weighted.weight();
            FormattedText[] textAndFeedback = comment(weighted.rest(), format);
            String value = textAndFeedback[0].text();
            Double number;
            Double tolerance;
            int range = value.indexOf("..");
            int colon = value.indexOf(':');
            if (range > 0) {
                Double min = number(value.substring(0, range));
                Double max = number(value.substring(range + 2));
                number = min == null || max == null ? null : (min + max) / 2;
                tolerance = min == null || max == null ? null : max - (min + max) / 2;
            } else if (colon > 0) {
                number = number(value.substring(0, colon));
                tolerance = number(value.substring(colon + 1));
            } else {
                number = number(value);
                tolerance = 0.0;
            }
            if (tolerance == null || number == null && !value.strip().equals("*")) {
                problem(line, "expected a number, number:tolerance or min..max as a numeric answer, got \"" + unescape(value) + "\"");
                return null;
            }
            answers.add(new NumberAnswer(number, Math.abs(tolerance), weight, textAndFeedback[1]));
        }
        if (wrongFeedback != null) {
            answers.add(new NumberAnswer(null, 0, 0, comment(wrongFeedback, format)[1]));
        }
        return new Numeric(List.copyOf(answers));
    }

    private static Double number(String text) {
        try {
            double value = Double.parseDouble(unescape(text).strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private record Weighted(double weight, String rest) {
    }

    /**
     * Moodle's weight: only the forms its pattern takes; the number between the % signs, as a fraction. An answer
     * without one weighs {@code otherwise}.
     */
    private static Weighted weight(String answer, double otherwise) {
        if (!WEIGHT.matcher(answer).find()) {
            return new Weighted(otherwise, answer);
        }
        int end = answer.indexOf('%', 1);
        double percent;
        try {
            percent = Double.parseDouble(answer.substring(1, end));
        } catch (NumberFormatException e) {
            percent = 0;
        }
        return new Weighted(percent / 100, answer.substring(end + 1));
    }

    /** Moodle's explode then drop an empty first part. */
    private static List<String> split(String block, char separator) {
        List<String> parts = new ArrayList<>(List.of(block.split(Pattern.quote(String.valueOf(separator)), -1)));
        if (!parts.isEmpty() && (parts.get(0).isBlank() || parts.get(0).strip().equals("0"))) {
            parts.remove(0);
        }
        return parts;
    }

    /** An answer and its {@code #feedback}, each with its format. */
    private static FormattedText[] comment(String answer, TextFormat format) {
        int hash = answer.indexOf('#');
        if (hash < 0) {
            return new FormattedText[] {withFormat(answer.strip(), format), FormattedText.empty(format)};
        }
        return new FormattedText[] {withFormat(answer.substring(0, hash).strip(), format),
                withFormat(answer.substring(hash + 1).strip(), format)};
    }

    /** A leading {@code [html]}, {@code [moodle]}, {@code [plain]} or {@code [markdown]} sets the format. */
    private static FormattedText withFormat(String text, TextFormat fallback) {
        TextFormat format = fallback;
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            TextFormat named = end < 0 ? null : TextFormat.named(text.substring(1, end));
            if (named != null) {
                format = named;
                text = text.substring(end + 1);
            }
        }
        return new FormattedText(unescape(text).strip(), format);
    }

    /** Escaped characters become placeholders, {@code \\} a backslash, as Moodle does before taking the block apart. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (next == '\\') {
                    out.append('\\');
                    i++;
                    continue;
                }
                int escaped = ESCAPABLE.indexOf(next);
                if (escaped >= 0) {
                    out.append((char) (PLACEHOLDER + escaped));
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int escaped = c - PLACEHOLDER;
            if (escaped >= 0 && escaped < ESCAPABLE.length()) {
                char original = ESCAPABLE.charAt(escaped);
                out.append(original == 'n' ? '\n' : original);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
