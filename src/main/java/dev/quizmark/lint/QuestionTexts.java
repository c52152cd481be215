package dev.quizmark.lint;

import dev.quizmark.lint.LintQuestion.Choice;
import dev.quizmark.lint.LintQuestion.Cloze;
import dev.quizmark.lint.LintQuestion.Pair;
import dev.quizmark.lint.LintQuestion.Part;
import dev.quizmark.lint.LintQuestion.Unit;
import dev.quizmark.question.ChoiceQuestion;
import dev.quizmark.question.Matching;
import dev.quizmark.question.NumericAnswer;
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

    /** @param reading the reading passage that applies to the question (its own or the quiz's first), or null */
    static LintQuestion of(Question q, String reading) {
        QuestionKind kind = q.kind();
        List<Unit> visible = new ArrayList<>();
        visible.add(new Unit(Part.TITLE, q.title()));
        Cloze cloze = null;
        if (kind instanceof dev.quizmark.question.Cloze c) {
            cloze = cloze(c.segmentsHtml());
            visible.add(new Unit(Part.PROMPT, plain(String.join(" ___ ", c.segmentsHtml()))));
        } else {
            visible.add(new Unit(Part.PROMPT, plain(q.promptHtml())));
        }
        List<Choice> choices = new ArrayList<>();
        List<String> items = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        if (kind instanceof ChoiceQuestion c) {
            c.choices().forEach(choice -> {
                choices.add(new Choice(plain(choice.html()), choice.correct()));
                visible.add(new Unit(Part.CHOICE, plain(choice.html())));
            });
        } else if (kind instanceof Ordering o) {
            o.itemsHtml().forEach(item -> {
                items.add(plain(item));
                visible.add(new Unit(Part.ITEM, plain(item)));
            });
        } else if (kind instanceof Matching m) {
            m.pairs().forEach(p -> {
                Pair pair = new Pair(plain(p.leftHtml()), p.right());
                pairs.add(pair);
                visible.add(new Unit(Part.LEFT, pair.left()));
                visible.add(new Unit(Part.RIGHT, pair.right()));
            });
        }
        List<Unit> review = new ArrayList<>();
        String explanation = plain(q.explanationHtml());
        if (!explanation.isBlank()) {
            review.add(new Unit(Part.EXPLANATION, explanation));
        }
        if (q.sourceQuote() != null) {
            review.add(new Unit(Part.SOURCE, q.sourceQuote()));
        }
        List<List<String>> textAnswers = kind instanceof ShortAnswer s ? List.of(s.accepted())
                : kind instanceof dev.quizmark.question.Cloze c ? c.blanks() : List.of();
        int blanks = textAnswers.size();
        return new LintQuestion(q.id(), kind.typeName(), q.title(), q.line(), q.difficulty(), q.topic(), reading,
                q.sourceQuote(), explanation, List.copyOf(visible), List.copyOf(review), textAnswers,
                kind instanceof ShortAnswer s ? s.regex() : null,
                kind instanceof NumericAnswer n ? numeric(n.accepted()) : null,
                List.copyOf(choices), List.copyOf(items), List.copyOf(pairs), cloze,
                typed -> kind instanceof ShortAnswer && kind.fraction(List.of(typed)) >= 1.0,
                (blank, typed) -> kind instanceof dev.quizmark.question.Cloze
                        && kind.fraction(onlyBlank(blanks, blank, typed)) > 0);
    }

    private static NumberMentions.NumericAnswer numeric(NumericAnswer.Accepted accepted) {
        if (accepted instanceof NumericAnswer.Range r) {
            return new NumberMentions.NumericAnswer(r.min(), r.max(), true);
        }
        NumericAnswer.Exact e = (NumericAnswer.Exact) accepted;
        return new NumberMentions.NumericAnswer(e.value() - e.tolerance(), e.value() + e.tolerance(), false);
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
