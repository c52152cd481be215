package dev.quizmark.quiz;

import dev.quizmark.quiz.Question.AnswerKey;
import dev.quizmark.quiz.Question.Choice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * Reads one question: the nodes from its {@code ##} heading up to the next one. Uses the commonmark tree
 * for structure and the source lines (via source spans) for the raw text of fields and blanks.
 */
final class QuestionReader {

    static final Set<String> ATTRIBUTES = Set.of("type", "points", "difficulty", "topic", "reading");
    private static final Set<String> DIFFICULTIES = Set.of("easy", "medium", "hard");
    private static final Pattern ATTRIBUTE_BLOCK = Pattern.compile("^(.*?)\\s*\\{([^{}]*)\\}\\s*$");
    private static final Pattern FIELD = Pattern.compile("^(answer|regex|tolerance|explanation|source)\\s*:\\s?(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TASK_MARKER = Pattern.compile("^\\s*\\[[ xX]\\]\\s*");
    private static final Pattern BLANK = Pattern.compile("\\{\\{([^{}]*)\\}\\}");
    private static final Pattern RANGE = Pattern.compile("^\\s*(-?[0-9.]+)\\s*\\.\\.\\s*(-?[0-9.]+)\\s*$");

    private final List<String> lines;
    private final Problems problems;
    private final List<String> readings;

    QuestionReader(List<String> lines, Problems problems, List<String> readings) {
        this.lines = lines;
        this.problems = problems;
        this.readings = readings;
    }

    private record Field(String value, int line) {
    }

    Question read(int position, Node heading, List<Node> body) {
        int line = startLine(heading);
        String headingText = lines.get(line - 1).replaceFirst("^\\s*##\\s*", "").replaceFirst("\\s*#*\\s*$", "");
        Map<String, String> attributes = new LinkedHashMap<>();
        String id = "q" + position;
        Matcher block = ATTRIBUTE_BLOCK.matcher(headingText);
        if (block.matches()) {
            headingText = block.group(1);
            id = readAttributes(block.group(2), line, attributes, id);
        }
        String title = headingText.strip();

        List<Node> prompt = new ArrayList<>();
        Node answerList = null;
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Node node : body) {
            if (node instanceof Paragraph && isField(node)) {
                readFields(node, fields);
            } else if (!fields.isEmpty()) {
                problems.add(startLine(node), "unexpected text after the question's fields; "
                        + "start a paragraph with Explanation: or Source:, or move it above the answer");
            } else if (answerList == null && isAnswerList(node, attributes.get("type"))) {
                answerList = node;
            } else if (answerList != null) {
                problems.add(startLine(node), "unexpected text after the answer list; "
                        + "start a paragraph with Explanation: or Source:");
            } else {
                prompt.add(node);
            }
        }
        QuestionType type = type(attributes.get("type"), answerList, fields, line);
        if (prompt.isEmpty()) {
            problems.add(line, "question '" + title + "' has no prompt: write the question text below the heading");
        }
        return build(id, type, title, line, attributes, prompt, answerList, fields);
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
        return FIELD.matcher(lines.get(startLine(node) - 1).strip()).matches();
    }

    /** A field paragraph may hold several fields, one per line; following lines continue the last field. */
    private void readFields(Node paragraph, Map<String, Field> fields) {
        String current = null;
        for (int i = startLine(paragraph); i <= endLine(paragraph); i++) {
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

    private static boolean isAnswerList(Node node, String type) {
        if (node instanceof BulletList list) {
            return isTaskList(list) || "matching".equals(type);
        }
        return node instanceof OrderedList && "ordering".equals(type);
    }

    private static boolean isTaskList(BulletList list) {
        Node item = list.getFirstChild();
        return item != null && item.getFirstChild() instanceof TaskListItemMarker;
    }

    private QuestionType type(String declared, Node answerList, Map<String, Field> fields, int line) {
        if (declared != null) {
            try {
                return QuestionType.valueOf(declared.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(line, "unknown question type '" + declared + "': expected single, multiple, true_false, "
                        + "short, numeric, ordering, matching or cloze");
                return null;
            }
        }
        if (answerList instanceof BulletList list && isTaskList(list)) {
            long correct = listItems(list).stream().filter(QuestionReader::isChecked).count();
            return correct > 1 ? QuestionType.MULTIPLE : QuestionType.SINGLE;
        }
        problems.add(line, fields.containsKey("answer")
                ? "question has Answer: but no type: add type=short, type=numeric or type=true_false to the heading"
                : "question has no answer: add a task list (- [x] right / - [ ] wrong) or a type= attribute with its answer");
        return null;
    }

    private Question build(String id, QuestionType type, String title, int line, Map<String, String> attributes,
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
        checkFieldsFit(type, fields);
        String promptHtml = type == QuestionType.CLOZE ? "" : render(prompt);
        List<String> segments = List.of();
        List<Choice> choices = List.of();
        AnswerKey key = emptyKey();
        if (type != null) {
            switch (type) {
                case SINGLE, MULTIPLE -> choices = choices(type, answerList, line);
                case TRUE_FALSE -> key = trueFalseKey(fields.get("answer"), line);
                case SHORT -> key = shortKey(fields.get("answer"), fields.get("regex"), line);
                case NUMERIC -> key = numericKey(fields.get("answer"), fields.get("tolerance"), line);
                case ORDERING -> choices = orderingItems(answerList, line);
                case MATCHING -> {
                    List<String> rights = new ArrayList<>();
                    choices = matchingPairs(answerList, rights, line);
                    key = new AnswerKey(null, List.of(), null, null, 0, null, null, List.copyOf(rights), List.of());
                }
                case CLOZE -> {
                    List<List<String>> blanks = new ArrayList<>();
                    segments = clozeSegments(prompt, blanks, line);
                    key = new AnswerKey(null, List.of(), null, null, 0, null, null, List.of(), List.copyOf(blanks));
                }
            }
        }
        Field explanation = fields.get("explanation");
        Field source = fields.get("source");
        return new Question(id, type, title, promptHtml, segments, points, difficulty, topic, choices, key,
                explanation == null ? "" : MarkdownRenderer.html(explanation.value()),
                source == null ? null : source.value().replaceAll("\\s+", " ").strip(),
                reading, line);
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

    private String reading(String declared, boolean hasSource, int line) {
        if (declared != null) {
            if (!readings.contains(declared)) {
                problems.add(line, "reading " + declared + " is not listed under source: in the front matter");
            }
            return declared;
        }
        if (readings.isEmpty()) {
            if (hasSource) {
                problems.add(line, "Source: quote needs a reading passage: list it under source: in the front matter");
            }
            return null;
        }
        return readings.get(0);
    }

    private void checkFieldsFit(QuestionType type, Map<String, Field> fields) {
        if (type == null) {
            return;
        }
        Field answer = fields.get("answer");
        if (answer != null && !Set.of(QuestionType.TRUE_FALSE, QuestionType.SHORT, QuestionType.NUMERIC).contains(type)) {
            problems.add(answer.line(), "Answer: does not apply to a " + typeName(type) + " question");
        }
        Field regex = fields.get("regex");
        if (regex != null && type != QuestionType.SHORT) {
            problems.add(regex.line(), "Regex: applies only to type=short questions");
        }
        Field tolerance = fields.get("tolerance");
        if (tolerance != null && type != QuestionType.NUMERIC) {
            problems.add(tolerance.line(), "Tolerance: applies only to type=numeric questions");
        }
    }

    private static String typeName(QuestionType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private List<Choice> choices(QuestionType type, Node answerList, int line) {
        if (!(answerList instanceof BulletList list) || !isTaskList(list)) {
            problems.add(line, typeName(type) + " question needs choices as a task list: - [x] right / - [ ] wrong");
            return List.of();
        }
        List<Choice> choices = new ArrayList<>();
        for (ListItem item : listItems(list)) {
            if (!(item.getFirstChild() instanceof TaskListItemMarker) || !(item.getFirstChild().getNext() instanceof Paragraph p)) {
                problems.add(startLine(item), "every choice must start with [x] or [ ] and its text");
                continue;
            }
            String text = TASK_MARKER.matcher(rawText(p)).replaceFirst("");
            if (text.isBlank()) {
                problems.add(startLine(item), "choice has no text");
            }
            choices.add(new Choice(choiceId(choices.size()), MarkdownRenderer.inlineHtml(text), isChecked(item),
                    feedback(item)));
        }
        long correct = choices.stream().filter(Choice::correct).count();
        if (choices.size() < 2) {
            problems.add(line, "a choice question needs at least two choices, found " + choices.size());
        }
        if (correct == 0) {
            problems.add(line, "no correct choice: mark the right one with - [x]");
        } else if (type == QuestionType.SINGLE && correct > 1) {
            problems.add(line, "single-choice question has " + correct + " correct choices: mark exactly one, or use type=multiple");
        }
        return choices;
    }

    private String feedback(ListItem item) {
        StringBuilder html = new StringBuilder();
        // The task marker and the choice text come first; blockquotes after them are the feedback.
        for (Node child = item.getFirstChild().getNext().getNext(); child != null; child = child.getNext()) {
            if (child instanceof BlockQuote quote) {
                for (Node inner = quote.getFirstChild(); inner != null; inner = inner.getNext()) {
                    html.append(MarkdownRenderer.html(inner));
                }
            }
        }
        return html.toString().strip();
    }

    private List<Choice> orderingItems(Node answerList, int line) {
        if (!(answerList instanceof OrderedList list)) {
            problems.add(line, "ordering question needs its items as a numbered list (1. 2. 3.) in the correct order");
            return List.of();
        }
        List<Choice> items = new ArrayList<>();
        for (ListItem item : listItems(list)) {
            items.add(new Choice(choiceId(items.size()), MarkdownRenderer.inlineHtml(rawText(item.getFirstChild())), false, ""));
        }
        // The shuffle never shows the right order, so two items would always be shown reversed: a free answer.
        if (items.size() < 3) {
            problems.add(line, "ordering question needs at least three items (with two, the shuffled order gives the answer away), found " + items.size());
        }
        return items;
    }

    private List<Choice> matchingPairs(Node answerList, List<String> rights, int line) {
        if (!(answerList instanceof BulletList list)) {
            problems.add(line, "matching question needs a list of pairs: - left => right");
            return List.of();
        }
        List<Choice> lefts = new ArrayList<>();
        for (ListItem item : listItems(list)) {
            String text = rawText(item.getFirstChild());
            int arrow = text.indexOf("=>");
            if (arrow < 0 || text.substring(0, arrow).isBlank() || text.substring(arrow + 2).isBlank()) {
                problems.add(startLine(item), "expected a matching pair like - left => right, got \"" + text + "\"");
                continue;
            }
            lefts.add(new Choice(choiceId(lefts.size()), MarkdownRenderer.inlineHtml(text.substring(0, arrow).strip()), false, ""));
            rights.add(text.substring(arrow + 2).strip());
        }
        if (lefts.size() < 3) {
            problems.add(line, "matching question needs at least three pairs (with two, the shuffled order gives the answer away), found " + lefts.size());
        }
        return lefts;
    }

    private AnswerKey trueFalseKey(Field answer, int line) {
        if (answer == null) {
            problems.add(line, "true_false question needs Answer: true or Answer: false");
            return emptyKey();
        }
        Boolean value = switch (answer.value().strip().toLowerCase(Locale.ROOT)) {
            case "true", "참", "o" -> true;
            case "false", "거짓", "x" -> false;
            default -> null;
        };
        if (value == null) {
            problems.add(answer.line(), "expected Answer: true or false (참/거짓, O/X), got \"" + answer.value() + "\"");
        }
        return new AnswerKey(value, List.of(), null, null, 0, null, null, List.of(), List.of());
    }

    private AnswerKey shortKey(Field answer, Field regex, int line) {
        List<String> accepted = new ArrayList<>();
        if (answer == null) {
            problems.add(line, "short question needs Answer: with the accepted answers (separated by |)");
        } else {
            for (String option : answer.value().split("\\|")) {
                if (!option.isBlank()) {
                    accepted.add(option.strip());
                }
            }
            if (accepted.isEmpty()) {
                problems.add(answer.line(), "Answer: lists no accepted answer");
            }
        }
        String pattern = null;
        if (regex != null) {
            pattern = regex.value().strip();
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                problems.add(regex.line(), "Regex: is not a valid regular expression: " + e.getDescription());
            }
        }
        return new AnswerKey(null, List.copyOf(accepted), pattern, null, 0, null, null, List.of(), List.of());
    }

    private AnswerKey numericKey(Field answer, Field toleranceField, int line) {
        if (answer == null) {
            problems.add(line, "numeric question needs Answer: with a number or a range like 10..20");
            return emptyKey();
        }
        double tolerance = 0;
        if (toleranceField != null) {
            Double parsed = number(toleranceField.value());
            if (parsed == null) {
                problems.add(toleranceField.line(), "expected Tolerance: to be a number, got \"" + toleranceField.value() + "\"");
            } else if (parsed < 0) {
                problems.add(toleranceField.line(), "Tolerance: must not be below zero, got " + toleranceField.value());
            } else {
                tolerance = parsed;
            }
        }
        Matcher range = RANGE.matcher(answer.value());
        if (range.matches() && number(range.group(1)) != null && number(range.group(2)) != null) {
            double min = number(range.group(1));
            double max = number(range.group(2));
            if (min > max) {
                problems.add(answer.line(), "range " + answer.value() + " starts above its end");
            }
            if (toleranceField != null) {
                problems.add(toleranceField.line(), "Tolerance: does not apply to a range answer");
            }
            return new AnswerKey(null, List.of(), null, null, 0, min, max, List.of(), List.of());
        }
        Double value = number(answer.value());
        if (value == null) {
            problems.add(answer.line(), "expected Answer: to be a number or a range like 10..20, got \"" + answer.value() + "\"");
        }
        return new AnswerKey(null, List.of(), null, value, tolerance, null, null, List.of(), List.of());
    }

    private static Double number(String text) {
        try {
            double value = Double.parseDouble(text.strip().replace(",", ""));
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Blanks become placeholder words before rendering, then the HTML is cut at them. */
    private List<String> clozeSegments(List<Node> prompt, List<List<String>> blanks, int line) {
        if (prompt.isEmpty()) {
            return List.of();
        }
        String markdown = String.join("\n", lines.subList(startLine(prompt.get(0)) - 1, endLine(prompt.get(prompt.size() - 1))));
        Matcher m = BLANK.matcher(markdown);
        StringBuilder withTokens = new StringBuilder();
        while (m.find()) {
            List<String> accepted = new ArrayList<>();
            for (String option : m.group(1).split("\\|")) {
                if (!option.isBlank()) {
                    accepted.add(option.strip());
                }
            }
            if (accepted.isEmpty()) {
                problems.add(line, "cloze blank {{}} has no answer: write {{answer}} or {{answer|alternative}}");
            }
            blanks.add(List.copyOf(accepted));
            m.appendReplacement(withTokens, "QZBLANK" + (blanks.size() - 1) + "QZ");
        }
        m.appendTail(withTokens);
        if (blanks.isEmpty()) {
            problems.add(line, "cloze question has no blanks: mark each one like {{answer}}");
        }
        return List.of(MarkdownRenderer.html(withTokens.toString()).split("QZBLANK\\d+QZ", -1));
    }

    private String render(List<Node> nodes) {
        StringBuilder html = new StringBuilder();
        nodes.forEach(node -> html.append(MarkdownRenderer.html(node)));
        return html.toString().strip();
    }

    private static List<ListItem> listItems(Node list) {
        List<ListItem> items = new ArrayList<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListItem item) {
                items.add(item);
            }
        }
        return items;
    }

    private static boolean isChecked(ListItem item) {
        return item.getFirstChild() instanceof TaskListItemMarker marker && marker.isChecked();
    }

    private static String choiceId(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "c" + index;
    }

    private static AnswerKey emptyKey() {
        return new AnswerKey(null, List.of(), null, null, 0, null, null, List.of(), List.of());
    }

    /** The node's own source text (list markers excluded), lines joined with newlines. */
    private String rawText(Node node) {
        StringBuilder text = new StringBuilder();
        for (SourceSpan span : node.getSourceSpans()) {
            String line = lines.get(span.getLineIndex());
            int end = Math.min(line.length(), span.getColumnIndex() + span.getLength());
            text.append(text.length() > 0 ? "\n" : "").append(line, Math.min(span.getColumnIndex(), end), end);
        }
        return text.toString().strip();
    }

    static int startLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
    }

    static int endLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(spans.size() - 1).getLineIndex() + 1;
    }
}
