package dev.quizmark.lint;

import dev.quizmark.attempt.AttemptGrader;
import dev.quizmark.lint.LintQuestion.Choice;
import dev.quizmark.lint.LintQuestion.Cloze;
import dev.quizmark.lint.LintQuestion.Pair;
import dev.quizmark.lint.LintQuestion.Part;
import dev.quizmark.lint.LintQuestion.Unit;
import dev.quizmark.lint.NumberMentions.NumericAnswer;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.QuestionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one place lint reads the inside of a {@link Question} (prompt, choices, answer key, blanks, feedback).
 * Everything else in this package works on the {@link LintQuestion} made here, so a change to the question
 * model is a change to this file only.
 */
final class QuestionTexts {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern PARAGRAPH_END = Pattern.compile("</(?:p|li|h[1-6]|blockquote|td|th)>");
    private static final String BLANK = "\u0000";

    private QuestionTexts() {
    }

    static LintQuestion of(Question q) {
        Question.AnswerKey key = q.key();
        QuestionType type = q.type();
        List<Unit> visible = new ArrayList<>();
        visible.add(new Unit(Part.TITLE, q.title()));
        Cloze cloze = null;
        if (type == QuestionType.CLOZE) {
            cloze = cloze(q.clozeSegmentsHtml());
            visible.add(new Unit(Part.PROMPT, plain(String.join(" ___ ", q.clozeSegmentsHtml()))));
        } else {
            visible.add(new Unit(Part.PROMPT, plain(q.promptHtml())));
        }
        List<Choice> choices = new ArrayList<>();
        List<String> items = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        switch (type) {
            case SINGLE, MULTIPLE -> q.choices().forEach(c -> {
                choices.add(new Choice(plain(c.html()), c.correct()));
                visible.add(new Unit(Part.CHOICE, plain(c.html())));
            });
            case ORDERING -> q.choices().forEach(c -> {
                items.add(plain(c.html()));
                visible.add(new Unit(Part.ITEM, plain(c.html())));
            });
            case MATCHING -> {
                for (int i = 0; i < q.choices().size(); i++) {
                    Pair pair = new Pair(plain(q.choices().get(i).html()), key.matches().get(i));
                    pairs.add(pair);
                    visible.add(new Unit(Part.LEFT, pair.left()));
                    visible.add(new Unit(Part.RIGHT, pair.right()));
                }
            }
            default -> {
            }
        }
        List<Unit> review = new ArrayList<>();
        String explanation = plain(q.explanationHtml());
        if (!explanation.isBlank()) {
            review.add(new Unit(Part.EXPLANATION, explanation));
        }
        if (q.sourceQuote() != null) {
            review.add(new Unit(Part.SOURCE, q.sourceQuote()));
        }
        List<List<String>> textAnswers = switch (type) {
            case SHORT -> List.of(key.accepted());
            case CLOZE -> key.blanks();
            default -> List.of();
        };
        return new LintQuestion(q.id(), type, q.title(), q.line(), q.difficulty(), q.topic(), q.reading(),
                q.sourceQuote(), explanation, List.copyOf(visible), List.copyOf(review), textAnswers,
                type == QuestionType.SHORT ? key.regex() : null, type == QuestionType.NUMERIC ? numeric(key) : null,
                List.copyOf(choices), List.copyOf(items), List.copyOf(pairs), cloze,
                typed -> type == QuestionType.SHORT && AttemptGrader.fraction(q, List.of(typed)) >= 1.0,
                (blank, typed) -> type == QuestionType.CLOZE && AttemptGrader.fraction(q, onlyBlank(key.blanks().size(), blank, typed)) > 0);
    }

    private static NumericAnswer numeric(Question.AnswerKey key) {
        if (key.min() != null && key.max() != null) {
            return new NumericAnswer(key.min(), key.max(), true);
        }
        if (key.numericValue() == null) {
            return null;
        }
        return new NumericAnswer(key.numericValue() - key.tolerance(), key.numericValue() + key.tolerance(), false);
    }

    /** A cloze response with only blank {@code blank} filled in. */
    private static List<String> onlyBlank(int blanks, int blank, String typed) {
        List<String> response = new ArrayList<>(Collections.nCopies(blanks, ""));
        response.set(blank, typed);
        return response;
    }

    /** Paragraphs without a blank are the instruction; the others are kept as their text around the blanks. */
    private static Cloze cloze(List<String> segmentsHtml) {
        List<String> instruction = new ArrayList<>();
        List<List<String>> pieces = new ArrayList<>();
        for (String paragraph : PARAGRAPH_END.split(String.join(BLANK, segmentsHtml))) {
            String text = plain(paragraph);
            if (text.contains(BLANK)) {
                pieces.add(List.of(text.split(BLANK, -1)));
            } else if (!text.isBlank()) {
                instruction.add(text);
            }
        }
        return new Cloze(String.join("\n", instruction), List.copyOf(pieces));
    }

    /** Text of HTML made by the quiz renderer, which escapes only &amp; &lt; &gt; &quot;. */
    static String plain(String html) {
        if (html == null) {
            return "";
        }
        return TAG.matcher(html).replaceAll(" ").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }
}
