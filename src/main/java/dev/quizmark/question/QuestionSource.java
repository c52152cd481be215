package dev.quizmark.question;

import dev.quizmark.quiz.MarkdownRenderer;
import dev.quizmark.quiz.SafeHtml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * One question of a quiz file as a type reads it: the prompt, the answer list and the answer fields, with the
 * file's lines for raw text (blanks, matching pairs) and a place to report problems with their line.
 */
public final class QuestionSource {

    /** A field paragraph's value ({@code Answer: …}) and the line it starts on. */
    public record Field(String value, int line) {
    }

    /** Where problems go; the parser collects them per file. */
    @FunctionalInterface
    public interface Problems {
        void add(int line, String message);
    }

    private final String typeName;
    private final int line;
    private final List<String> lines;
    private final List<Node> prompt;
    private final Node answerList;
    private final Map<String, Field> fields;
    private final Problems problems;
    private final boolean html;

    /** A weight before an answer's text, {@code %50%} or {@code %-33.3%}: the share of the points it earns. */
    private static final Pattern WEIGHT = Pattern.compile("^%(-?[0-9]+(?:\\.[0-9]+)?)%\\s*");

    /** An answer's text with its weight (null when none was written), from {@link #weighted}. */
    public record Weighted(Double weight, String text) {
    }

    /**
     * @param line       the line of the question's heading
     * @param lines      the whole file
     * @param answerList the answer list, or null
     */
    public QuestionSource(String typeName, int line, List<String> lines, List<Node> prompt, Node answerList,
            Map<String, Field> fields, Problems problems) {
        this(typeName, line, lines, prompt, answerList, fields, problems, false);
    }

    /** @param html the question's texts are HTML ({@code format=html}), not Markdown */
    public QuestionSource(String typeName, int line, List<String> lines, List<Node> prompt, Node answerList,
            Map<String, Field> fields, Problems problems, boolean html) {
        this.html = html;
        this.typeName = typeName;
        this.line = line;
        this.lines = lines;
        this.prompt = prompt;
        this.answerList = answerList;
        this.fields = fields;
        this.problems = problems;
    }

    public String typeName() {
        return typeName;
    }

    public int line() {
        return line;
    }

    public Node answerList() {
        return answerList;
    }

    /** The field, or null when the question does not have it. */
    public Field field(String name) {
        return fields.get(name);
    }

    /** A problem at the question's heading. */
    public void problem(String message) {
        problems.add(line, message);
    }

    public void problem(int line, String message) {
        problems.add(line, message);
    }

    /** Whether the question's texts are HTML ({@code format=html}) rather than Markdown. */
    public boolean isHtml() {
        return html;
    }

    /** A one-paragraph text (a choice, a left side) rendered: Markdown, or sanitized HTML. */
    public String inlineHtml(String text) {
        return html ? SafeHtml.clean(text) : MarkdownRenderer.inlineHtml(text);
    }

    /** A block of text (feedback) rendered: Markdown, or sanitized HTML. */
    public String blockHtml(String text) {
        return html ? SafeHtml.clean(text) : MarkdownRenderer.html(text);
    }

    /** The text of a list item's first line after the list marker, as written (Markdown not applied). */
    public String itemLine(ListItem item) {
        return lines.get(startLine(item) - 1).replaceFirst("^\\s*(?:[-*+]|[0-9]+[.)])\\s?", "").strip();
    }

    /**
     * Splits a leading weight off an answer; reports one outside -100..100 %. The weight is a fraction
     * (50 % → 0.5).
     */
    public Weighted weighted(String text, int line) {
        Matcher m = WEIGHT.matcher(text);
        if (!m.find()) {
            return new Weighted(null, text);
        }
        double percent = Double.parseDouble(m.group(1));
        if (percent < -100 || percent > 100) {
            problem(line, "weight %" + m.group(1) + "% is outside -100..100");
        }
        return new Weighted(Math.max(-100, Math.min(100, percent)) / 100, text.substring(m.end()));
    }

    /** Blockquotes inside a list item, after its text: the item's feedback, rendered; empty when none. */
    public String itemFeedback(ListItem item) {
        StringBuilder out = new StringBuilder();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof BlockQuote quote) {
                for (Node inner = quote.getFirstChild(); inner != null; inner = inner.getNext()) {
                    out.append(html ? SafeHtml.clean(rawText(inner)) : MarkdownRenderer.html(inner));
                }
            }
        }
        return out.toString().strip();
    }

    /** The prompt's Markdown as written, or empty when there is no prompt. */
    public String promptMarkdown() {
        if (prompt.isEmpty()) {
            return "";
        }
        return String.join("\n", lines.subList(startLine(prompt.get(0)) - 1, endLine(prompt.get(prompt.size() - 1))));
    }

    /** The node's own source text (list markers excluded), lines joined with newlines. */
    public String rawText(Node node) {
        StringBuilder text = new StringBuilder();
        for (SourceSpan span : node.getSourceSpans()) {
            String source = lines.get(span.getLineIndex());
            int end = Math.min(source.length(), span.getColumnIndex() + span.getLength());
            text.append(text.length() > 0 ? "\n" : "").append(source, Math.min(span.getColumnIndex(), end), end);
        }
        return text.toString().strip();
    }

    public static List<ListItem> items(Node list) {
        List<ListItem> items = new ArrayList<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListItem item) {
                items.add(item);
            }
        }
        return items;
    }

    public static boolean isTaskList(Node list) {
        Node item = list.getFirstChild();
        return item != null && item.getFirstChild() instanceof TaskListItemMarker;
    }

    public static boolean isChecked(ListItem item) {
        return item.getFirstChild() instanceof TaskListItemMarker marker && marker.isChecked();
    }

    /** Ids of choices and items: "a", "b", … in file order. */
    public static String choiceId(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "c" + index;
    }

    public static int startLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
    }

    public static int endLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(spans.size() - 1).getLineIndex() + 1;
    }
}
