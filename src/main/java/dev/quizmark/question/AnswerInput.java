package dev.quizmark.question;

import java.util.List;

/**
 * What the attempt page shows for answering one question, built only from what a student may see before grading
 * (prompt, choice texts, the set of matching answers). The type's template fragment
 * {@code kinds/<type name>.html$input} renders it. HTML fields are parser-rendered, HTML-escaped Markdown.
 */
public sealed interface AnswerInput {

    /** Radio buttons or checkboxes. */
    record Choices(List<ChoiceView> choices) implements AnswerInput {
    }

    /** Each choice repeats its input's name and type: a template reads them fastest from the loop's own item. */
    record ChoiceView(String inputId, String name, String type, String value, String html, boolean checked) {
    }

    /** One typed value; true/false questions use it for "true", "false" or "". */
    record Text(String value) implements AnswerInput {
    }

    /** One select per item (an ordering item, a matching left side). */
    record Selects(List<SelectView> selects) implements AnswerInput {
    }

    /** The template offers an empty "choose" option before the options, selected when none is. */
    record SelectView(String inputId, String name, String labelHtml, List<OptionView> options) {
        public boolean chosen() {
            return options.stream().anyMatch(OptionView::selected);
        }
    }

    record OptionView(String value, String text, boolean selected) {
    }

    /** Cloze text with its blanks. */
    record Blanks(List<BlankPart> parts) implements AnswerInput {
    }

    /** A piece of cloze text, followed by blank number {@code blank} unless it is the last piece. */
    record BlankPart(String html, boolean hasBlank, int blank, String inputId, String name, String value) {
    }
}
