package dev.quizmark.quiz;

import dev.quizmark.question.KindSyntax;
import dev.quizmark.question.KindSyntax.AnswerList;
import dev.quizmark.question.MultipleChoice;
import dev.quizmark.question.QuestionKind;
import dev.quizmark.question.QuestionKinds;
import dev.quizmark.question.QuestionSource;
import dev.quizmark.question.QuestionSource.Field;
import dev.quizmark.question.SingleChoice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * Reads one question: the nodes from its {@code ##} heading up to the next one. This reads what every question has
 * (heading, attributes, prompt, fields) and which type it is; the type reads its answers ({@link KindSyntax}).
 * Uses the commonmark tree for structure and the source lines (via source spans) for the raw text of fields.
 */
final class QuestionReader {

    static final Set<String> ATTRIBUTES = Set.of("type", "points", "difficulty", "topic", "reading", "format", "live_time");
    private static final Set<String> DIFFICULTIES = Set.of("easy", "medium", "hard");
    /** The answer fields of every type, in the order their problems are reported. */
    private static final List<String> ANSWER_FIELDS = QuestionKinds.ALL.stream().flatMap(kind -> kind.fields().stream())
            .distinct().toList();
    private static final Pattern ATTRIBUTE_BLOCK = Pattern.compile("^(.*?)\\s*\\{([^{}]*)\\}\\s*$");
    private static final Pattern FIELD = Pattern.compile("^(" + Stream.concat(ANSWER_FIELDS.stream(),
            Stream.of("explanation", "source")).collect(Collectors.joining("|")) + ")\\s*:\\s?(.*)$", Pattern.CASE_INSENSITIVE);

    private final List<String> lines;
    private final Problems problems;
    private final List<String> readings;

    QuestionReader(List<String> lines, Problems problems, List<String> readings) {
        this.lines = lines;
        this.problems = problems;
        this.readings = readings;
    }

    Question read(int position, Node heading, List<Node> body) {
        int line = QuestionSource.startLine(heading);
        String headingText = lines.get(line - 1).replaceFirst("^\\s*##\\s*", "").replaceFirst("\\s*#*\\s*$", "");
        Map<String, String> attributes = new LinkedHashMap<>();
        String id = "q" + position;
        Matcher block = ATTRIBUTE_BLOCK.matcher(headingText);
        if (block.matches()) {
            headingText = block.group(1);
            id = readAttributes(block.group(2), line, attributes, id);
        }
        String title = headingText.strip();
        String declaredType = attributes.get("type") == null ? null : attributes.get("type").toLowerCase(Locale.ROOT);
        AnswerList declaredList = declaredType == null ? AnswerList.NONE
                : QuestionKinds.named(declaredType).map(KindSyntax::answerList).orElse(AnswerList.NONE);

        List<Node> prompt = new ArrayList<>();
        Node answerList = null;
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Node node : body) {
            if (node instanceof Paragraph && isField(node)) {
                readFields(node, fields);
            } else if (!fields.isEmpty()) {
                problems.add(QuestionSource.startLine(node), "unexpected text after the question's fields; "
                        + "start a paragraph with Explanation: or Source:, or move it above the answer");
            } else if (answerList == null && isAnswerList(node, declaredList)) {
                answerList = node;
            } else if (answerList != null) {
                problems.add(QuestionSource.startLine(node), "unexpected text after the answer list; "
                        + "start a paragraph with Explanation: or Source:");
            } else {
                prompt.add(node);
            }
        }
        KindSyntax syntax = syntax(declaredType, answerList, fields, line);
        if (prompt.isEmpty()) {
            problems.add(line, "question '" + title + "' has no prompt: write the question text below the heading");
        }
        return build(id, syntax, title, line, attributes, prompt, answerList, fields);
    }

    private String readAttributes(String block, int line, Map<String, String> attributes, String fallbackId) {
        String id = fallbackId;
        for (String token : block.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.startsWith("#")) {
                id = token.substring(1);
                if (!SettingsReader.SLUG.matcher(id).matches()) {
                    problems.add(line, "question id must be lower-case letters, digits and dashes, got \"" + id + "\"");
                }
                continue;
            }
            int eq = token.indexOf('=');
            if (eq <= 0) {
                problems.add(line, "expected attributes like {#id type=single points=2}, got \"" + token + "\"");
                continue;
            }
            String key = token.substring(0, eq);
            if (!ATTRIBUTES.contains(key)) {
                problems.add(line, "unknown question attribute '" + key + "'" + Suggestions.didYouMean(key, ATTRIBUTES));
                continue;
            }
            attributes.put(key, token.substring(eq + 1));
        }
        return id;
    }

    private boolean isField(Node node) {
        return FIELD.matcher(lines.get(QuestionSource.startLine(node) - 1).strip()).matches();
    }

    /** A field paragraph may hold several fields, one per line; following lines continue the last field. */
    private void readFields(Node paragraph, Map<String, Field> fields) {
        String current = null;
        for (int i = QuestionSource.startLine(paragraph); i <= QuestionSource.endLine(paragraph); i++) {
            String text = lines.get(i - 1).strip();
            Matcher m = FIELD.matcher(text);
            if (m.matches()) {
                current = m.group(1).toLowerCase(Locale.ROOT);
                if (fields.containsKey(current)) {
                    problems.add(i, "field " + capitalized(current) + ": is given twice in this question");
                }
                fields.put(current, new Field(m.group(2).strip(), i));
            } else if (current != null) {
                Field field = fields.get(current);
                fields.put(current, new Field(field.value() + "\n" + text, field.line()));
            }
        }
    }

    private static String capitalized(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    /** A task list always holds answers; a plain or numbered list only for a type that declares it. */
    private static boolean isAnswerList(Node node, AnswerList declared) {
        if (node instanceof BulletList list) {
            return QuestionSource.isTaskList(list) || declared == AnswerList.BULLET_LIST;
        }
        return node instanceof OrderedList && declared == AnswerList.ORDERED_LIST;
    }

    /** The declared type, or for a task list without one: single or multiple by how many choices are checked. */
    private KindSyntax syntax(String declared, Node answerList, Map<String, Field> fields, int line) {
        if (declared != null) {
            KindSyntax syntax = QuestionKinds.named(declared).orElse(null);
            if (syntax == null) {
                problems.add(line, "unknown question type '" + declared + "': expected " + QuestionKinds.names());
            }
            return syntax;
        }
        if (answerList instanceof BulletList list && QuestionSource.isTaskList(list)) {
            long correct = QuestionSource.items(list).stream().filter(QuestionSource::isChecked).count();
            return correct > 1 ? MultipleChoice.SYNTAX : SingleChoice.SYNTAX;
        }
        problems.add(line, fields.containsKey("answer")
                ? "question has Answer: but no type: add type=short, type=numeric or type=true_false to the heading"
                : "question has no answer: add a task list (- [x] right / - [ ] wrong) or a type= attribute with its answer");
        return null;
    }

    private Question build(String id, KindSyntax syntax, String title, int line, Map<String, String> attributes,
            List<Node> prompt, Node answerList, Map<String, Field> fields) {
        double points = points(attributes.get("points"), line);
        String difficulty = attributes.get("difficulty");
        if (difficulty != null && !DIFFICULTIES.contains(difficulty)) {
            problems.add(line, "expected difficulty easy, medium or hard, got \"" + difficulty + "\"");
        }
        String topic = attributes.get("topic");
        if (topic != null && !SettingsReader.SLUG.matcher(topic).matches()) {
            problems.add(line, "topic must be lower-case letters, digits and dashes, got \"" + topic + "\"");
        }
        String reading = reading(attributes.get("reading"), fields.containsKey("source"), line);
        java.time.Duration liveTime = attributes.get("live_time") == null ? null
                : SettingsReader.liveTime(attributes.get("live_time"), line, problems);
        boolean html = isHtml(attributes.get("format"), syntax, line);
        QuestionKind kind = null;
        String promptHtml = html ? SafeHtml.clean(promptSource(prompt)) : render(prompt);
        if (syntax != null) {
            checkFieldsFit(syntax, fields);
            kind = syntax.reader().apply(new QuestionSource(syntax.typeName(), line, lines, prompt, answerList, fields,
                    problems::add, html));
            promptHtml = syntax.promptHoldsAnswers() ? "" : promptHtml;
        }
        Field explanation = fields.get("explanation");
        Field source = fields.get("source");
        return new Question(id, title, promptHtml, points, difficulty, topic, kind,
                explanation == null ? "" : html ? SafeHtml.clean(explanation.value()) : MarkdownRenderer.html(explanation.value()),
                source == null ? null : source.value().replaceAll("\\s+", " ").strip(),
                reading, line, liveTime);
    }

    /** {@code format=html}: the question's texts are HTML (sanitized) instead of Markdown; not for cloze. */
    private boolean isHtml(String format, KindSyntax syntax, int line) {
        if (format == null || format.equals("markdown")) {
            return false;
        }
        if (!format.equals("html")) {
            problems.add(line, "expected format markdown or html, got \"" + format + "\"");
            return false;
        }
        if (syntax != null && syntax.promptHoldsAnswers()) {
            problems.add(line, "format=html does not apply to a " + syntax.typeName() + " question");
            return false;
        }
        return true;
    }

    /** The prompt's lines as written, for HTML prompts. */
    private String promptSource(List<Node> prompt) {
        if (prompt.isEmpty()) {
            return "";
        }
        return String.join("\n", lines.subList(QuestionSource.startLine(prompt.get(0)) - 1, QuestionSource.endLine(prompt.get(prompt.size() - 1))));
    }

    private double points(String value, int line) {
        if (value == null) {
            return 1;
        }
        try {
            double points = Double.parseDouble(value);
            if (points > 0 && Double.isFinite(points)) {
                return points;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(line, "expected points to be a positive number, got \"" + value + "\"");
        return 1;
    }

    /** The reading the question names, checked; null when it names none (then the quiz's first applies). */
    private String reading(String named, boolean hasSource, int line) {
        if (named != null && !readings.contains(named)) {
            problems.add(line, "reading " + named + " is not listed under source: in the front matter");
        }
        if (named == null && readings.isEmpty() && hasSource) {
            problems.add(line, "Source: quote needs a reading passage: list it under source: in the front matter");
        }
        return named;
    }

    /** An answer field the type does not take: named after the one type that takes it, if there is one. */
    private void checkFieldsFit(KindSyntax syntax, Map<String, Field> fields) {
        for (String name : ANSWER_FIELDS) {
            Field field = fields.get(name);
            if (field == null || syntax.fields().contains(name)) {
                continue;
            }
            List<String> takers = QuestionKinds.ALL.stream().filter(kind -> kind.fields().contains(name))
                    .map(KindSyntax::typeName).toList();
            problems.add(field.line(), takers.size() == 1
                    ? capitalized(name) + ": applies only to type=" + takers.get(0) + " questions"
                    : capitalized(name) + ": does not apply to a " + syntax.typeName() + " question");
        }
    }

    private String render(List<Node> nodes) {
        StringBuilder html = new StringBuilder();
        nodes.forEach(node -> html.append(MarkdownRenderer.html(node)));
        return html.toString().strip();
    }
}
