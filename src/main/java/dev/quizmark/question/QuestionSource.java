package dev.quizmark.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
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

    /**
     * @param line       the line of the question's heading
     * @param lines      the whole file
     * @param answerList the answer list, or null
     */
    public QuestionSource(String typeName, int line, List<String> lines, List<Node> prompt, Node answerList,
            Map<String, Field> fields, Problems problems) {
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
