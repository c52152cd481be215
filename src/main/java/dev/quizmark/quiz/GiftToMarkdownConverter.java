package dev.quizmark.quiz;

import dev.quizmark.question.Choice;
import dev.quizmark.question.Matching;
import dev.quizmark.question.MultipleChoice;
import dev.quizmark.question.NumericAnswer;
import dev.quizmark.question.ShortAnswer;
import dev.quizmark.question.SingleChoice;
import dev.quizmark.question.TrueFalse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts Moodle GIFT text into the Quizmark Markdown format. GIFT has no maintained Java parser, so this is a
 * small reader for the documented syntax: multiple choice (weights: positive = correct), true/false, short
 * answer, numeric (tolerance and range), matching, missing word, per-answer and general feedback, comments,
 * {@code ::title::} and {@code $CATEGORY}. Anything it cannot represent is reported with its GIFT line.
 */
public final class GiftToMarkdownConverter {

    public record Result(String markdown, List<QuizProblem> problems) {
    }

    private record Chunk(int line, String text) {
    }

    private record Answer(char marker, Integer weight, String text, String feedback) {
    }

    private static final Pattern WEIGHT = Pattern.compile("^%(-?[0-9.]+)%");
    private static final Pattern TRUE_FALSE = Pattern.compile("^(T|F|TRUE|FALSE)\\s*(#[^#]*)?(#[^#]*)?$");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final String path;
    private final Problems problems;
    private final StringBuilder out = new StringBuilder();
    private String topic;
    private int count;
    private final java.util.Set<String> usedIds = new java.util.HashSet<>();

    private GiftToMarkdownConverter(String path) {
        this.path = path;
        this.problems = new Problems(path);
    }

    public static Result convert(String path, String gift) {
        GiftToMarkdownConverter converter = new GiftToMarkdownConverter(path);
        String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.gift$", "");
        converter.out.append("---\nid: ").append(slug(name).isEmpty() ? "gift-quiz" : slug(name))
                .append("\ntitle: ").append(name).append("\n---\n");
        for (Chunk chunk : chunks(gift)) {
            converter.question(chunk);
        }
        if (converter.count == 0 && converter.problems.isEmpty()) {
            converter.problems.add(1, "GIFT file has no questions");
        }
        return new Result(converter.out.toString(), converter.problems.sorted());
    }

    /** Splits at blank lines, drops // comments, keeps the first line number of each question. */
    private static List<Chunk> chunks(String gift) {
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = 0;
        String[] lines = gift.replaceFirst("^\uFEFF", "").split("\\R", -1);
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.strip().startsWith("//")) {
                continue;
            }
            if (line.isBlank()) {
                if (current.length() > 0) {
                    chunks.add(new Chunk(start, current.toString().strip()));
                    current.setLength(0);
                }
                continue;
            }
            if (current.length() == 0) {
                start = i + 1;
            }
            current.append(line).append('\n');
        }
        return chunks;
    }

    private void question(Chunk chunk) {
        String text = chunk.text();
        if (text.startsWith("$CATEGORY:")) {
            String category = text.substring("$CATEGORY:".length()).strip();
            topic = slug(category.substring(category.lastIndexOf('/') + 1));
            return;
        }
        String title = null;
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            if (end < 0) {
                problems.add(chunk.line(), "question title starts with :: but has no closing ::");
                return;
            }
            title = unescape(text.substring(2, end)).strip();
            text = text.substring(end + 2).strip();
        }
        text = text.replaceFirst("^\\[(html|moodle|plain|markdown)\\]", "");
        int open = unescaped(text, '{', 0);
        int close = open < 0 ? -1 : unescaped(text, '}', open);
        if (open < 0 || close < 0) {
            problems.add(chunk.line(), open < 0 ? "description items (text without an {answer} block) are not supported"
                    : "answer block { has no closing }");
            return;
        }
        String before = unescape(text.substring(0, open)).strip();
        String after = unescape(text.substring(close + 1)).strip();
        String body = text.substring(open + 1, close).strip();
        count++;
        String id = uniqueId(title != null && !slug(title).isEmpty() ? slug(title) : "question-" + count);
        String prompt = after.isEmpty() ? before : before + " ___ " + after;
        String heading = title != null ? title : "문항 " + count;
        convertBody(chunk.line(), heading, id, prompt, body);
    }

    private String uniqueId(String base) {
        String id = base;
        for (int n = 2; !usedIds.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private void convertBody(int line, String heading, String id, String prompt, String body) {
        String general = null;
        int generalAt = body.indexOf("####");
        if (generalAt >= 0) {
            general = unescape(body.substring(generalAt + 4)).strip();
            body = body.substring(0, generalAt).strip();
        }
        if (body.isEmpty()) {
            problems.add(line, "essay questions ({}) are not supported: Quizmark grades every answer automatically");
            return;
        }
        if (body.startsWith("#")) {
            numeric(line, heading, id, prompt, body.substring(1).strip());
        } else if (TRUE_FALSE.matcher(body).matches()) {
            boolean value = body.startsWith("T");
            start(heading, id, TrueFalse.SYNTAX.typeName(), prompt).append(TrueFalse.markdown(value)).append('\n');
        } else {
            List<Answer> answers = answers(body);
            if (answers.stream().anyMatch(a -> a.text().contains("->"))) {
                matching(line, heading, id, prompt, answers);
            } else if (answers.stream().allMatch(a -> a.marker() == '=') && answers.stream().allMatch(a -> a.weight() == null)) {
                start(heading, id, ShortAnswer.SYNTAX.typeName(), prompt)
                        .append(ShortAnswer.markdown(answers.stream().map(Answer::text).toList())).append('\n');
            } else {
                choices(line, heading, id, prompt, answers);
            }
        }
        if (general != null && !general.isEmpty()) {
            out.append("Explanation: ").append(general).append("\n\n");
        }
    }

    private StringBuilder start(String heading, String id, String type, String prompt) {
        out.append("\n## ").append(heading.replace("{", "(").replace("}", ")")).append(" {#").append(id)
                .append(" type=").append(type);
        if (topic != null && !topic.isEmpty()) {
            out.append(" topic=").append(topic);
        }
        out.append("}\n\n").append(prompt.isEmpty() ? heading : prompt).append("\n\n");
        return out;
    }

    private void numeric(int line, String heading, String id, String prompt, String body) {
        if (body.contains("=") || body.contains("~")) {
            problems.add(line, "numeric questions with several answers or partial credit are not supported: keep one answer");
            return;
        }
        String answer;
        String tolerance = null;
        if (body.contains("..")) {
            answer = body;
        } else if (body.contains(":")) {
            answer = body.substring(0, body.indexOf(':')).strip();
            tolerance = body.substring(body.indexOf(':') + 1).strip();
        } else {
            answer = body;
        }
        for (String part : (answer + ".." + (tolerance == null ? "0" : tolerance)).split("\\.\\.")) {
            if (!NUMBER.matcher(part.strip()).matches()) {
                problems.add(line, "expected a numeric answer like {#3.14:0.01} or {#1..5}, got {#" + body + "}");
                return;
            }
        }
        start(heading, id, NumericAnswer.SYNTAX.typeName(), prompt).append(NumericAnswer.markdown(answer, tolerance)).append('\n');
    }

    private void matching(int line, String heading, String id, String prompt, List<Answer> answers) {
        StringBuilder pairs = new StringBuilder();
        for (Answer answer : answers) {
            int arrow = answer.text().indexOf("->");
            if (answer.marker() != '=' || arrow < 0) {
                problems.add(line, "matching questions need every pair as =left -> right");
                return;
            }
            String left = answer.text().substring(0, arrow).strip();
            if (left.isEmpty()) {
                problems.add(line, "matching pairs without a left side (extra distractors) are not supported");
                return;
            }
            pairs.append(Matching.markdown(left, answer.text().substring(arrow + 2).strip()));
        }
        start(heading, id, Matching.SYNTAX.typeName(), prompt).append(pairs).append('\n');
    }

    private void choices(int line, String heading, String id, String prompt, List<Answer> answers) {
        long correct = answers.stream().filter(GiftToMarkdownConverter::isCorrect).count();
        if (correct == 0) {
            problems.add(line, "multiple choice question has no correct answer (= or a positive %weight%)");
            return;
        }
        boolean weighted = answers.stream().anyMatch(a -> a.weight() != null);
        start(heading, id, (weighted || correct > 1 ? MultipleChoice.SYNTAX : SingleChoice.SYNTAX).typeName(), prompt);
        for (Answer answer : answers) {
            out.append(Choice.markdown(isCorrect(answer), answer.text(), answer.feedback()));
        }
        out.append('\n');
    }

    /** Weighted answers are approximated: a positive weight counts as a correct choice, zero or less as wrong. */
    private static boolean isCorrect(Answer answer) {
        return answer.weight() != null ? answer.weight() > 0 : answer.marker() == '=';
    }

    private static List<Answer> answers(String body) {
        List<Answer> answers = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            char marker = body.charAt(i);
            if (marker != '=' && marker != '~') {
                i++;
                continue;
            }
            int next = i + 1;
            while (next < body.length() && !((body.charAt(next) == '=' || body.charAt(next) == '~') && body.charAt(next - 1) != '\\'
                    && !(body.charAt(next) == '=' && next + 1 < body.length() && body.charAt(next + 1) == '>'))) {
                next++;
            }
            answers.add(answer(marker, body.substring(i + 1, next)));
            i = next;
        }
        return answers;
    }

    private static Answer answer(char marker, String raw) {
        Integer weight = null;
        Matcher m = WEIGHT.matcher(raw.strip());
        String text = raw.strip();
        if (m.find()) {
            weight = (int) Math.round(Double.parseDouble(m.group(1)));
            text = text.substring(m.end());
        }
        String feedback = null;
        int hash = unescaped(text, '#', 0);
        if (hash >= 0) {
            feedback = unescape(text.substring(hash + 1)).strip();
            text = text.substring(0, hash);
        }
        return new Answer(marker, weight, unescape(text).strip(), feedback);
    }

    private static int unescaped(String text, char c, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == c && (i == 0 || text.charAt(i - 1) != '\\')) {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String text) {
        return text.replaceAll("\\\\([~=#{}:])", "$1").replaceAll("\\s*\\n\\s*", " ");
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
