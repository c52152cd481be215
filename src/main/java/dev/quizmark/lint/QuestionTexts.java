package dev.quizmark.lint;

import dev.quizmark.attempt.AttemptGrader;
import dev.quizmark.lint.LintQuestion.Choice;
import dev.quizmark.lint.LintQuestion.Cloze;
import dev.quizmark.lint.LintQuestion.Pair;
import dev.quizmark.lint.LintQuestion.Part;
import dev.quizmark.lint.LintQuestion.Unit;
import dev.quizmark.lint.NumberMentions.NumericAnswer;
import dev.quizmark.question.ChoiceQuestion;
import dev.quizmark.question.Matching;
import dev.quizmark.question.Ordering;
import dev.quizmark.question.QuestionKind;
import dev.quizmark.question.ShortAnswer;
import dev.quizmark.quiz.Question;
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

    /** @param reading the question's reading passage ({@link dev.quizmark.quiz.Quiz#readingOf}), or null */
    static LintQuestion of(Question q, String reading) {
        QuestionKind kind = q.kind();
        List<Unit> visible = new ArrayList<>();
        visible.add(new Unit(Part.TITLE, q.title()));
        Cloze cloze = null;
        if (kind instanceof dev.quizmark.question.Cloze blanks) {
            cloze = cloze(blanks.segmentsHtml());
            visible.add(new Unit(Part.PROMPT, plain(String.join(" ___ ", blanks.segmentsHtml()))));
        } else {
            visible.add(new Unit(Part.PROMPT, plain(q.promptHtml())));
        }
        List<Choice> choices = new ArrayList<>();
        List<String> items = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        if (kind instanceof ChoiceQuestion choiceQuestion) {
            choiceQuestion.choices().forEach(c -> {
                choices.add(new Choice(plain(c.html()), c.correct()));
                visible.add(new Unit(Part.CHOICE, plain(c.html())));
            });
        } else if (kind instanceof Ordering ordering) {
            ordering.itemsHtml().forEach(html -> {
                items.add(plain(html));
                visible.add(new Unit(Part.ITEM, plain(html)));
            });
        } else if (kind instanceof Matching matching) {
            for (Matching.Pair written : matching.pairs()) {
                Pair pair = new Pair(plain(written.leftHtml()), written.right());
                pairs.add(pair);
                visible.add(new Unit(Part.LEFT, pair.left()));
                visible.add(new Unit(Part.RIGHT, pair.right()));
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
        ShortAnswer shortAnswer = kind instanceof ShortAnswer typed ? typed : null;
        dev.quizmark.question.Cloze blanks = kind instanceof dev.quizmark.question.Cloze c ? c : null;
        List<List<String>> textAnswers = shortAnswer != null ? List.of(shortAnswer.accepted())
                : blanks != null ? blanks.blanks() : List.of();
        return new LintQuestion(q.id(), kind, q.title(), q.line(), q.difficulty(), q.topic(), reading,
                q.sourceQuote(), explanation, List.copyOf(visible), List.copyOf(review), textAnswers,
                shortAnswer != null ? shortAnswer.regex() : null,
                kind instanceof dev.quizmark.question.NumericAnswer number
                        && !(number.accepted() instanceof dev.quizmark.question.NumericAnswer.Any) ? numeric(number.accepted()) : null,
                List.copyOf(choices), List.copyOf(items), List.copyOf(pairs), cloze,
                typed -> shortAnswer != null && AttemptGrader.fraction(q, List.of(typed)) >= 1.0,
                (blank, typed) -> blanks != null && AttemptGrader.fraction(q, onlyBlank(blanks.blanks().size(), blank, typed)) > 0);
    }

    private static NumericAnswer numeric(dev.quizmark.question.NumericAnswer.Accepted accepted) {
        if (accepted instanceof dev.quizmark.question.NumericAnswer.Range range) {
            return new NumericAnswer(range.min(), range.max(), true);
        }
        dev.quizmark.question.NumericAnswer.Exact exact = (dev.quizmark.question.NumericAnswer.Exact) accepted;
        return new NumericAnswer(exact.value() - exact.tolerance(), exact.value() + exact.tolerance(), false);
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
