package dev.quizmark.quiz.exchange;

import dev.quizmark.question.Choice;
import dev.quizmark.question.ChoiceQuestion;
import dev.quizmark.question.Cloze;
import dev.quizmark.question.Matching;
import dev.quizmark.question.NumericAnswer;
import dev.quizmark.question.Ordering;
import dev.quizmark.question.QuestionKind;
import dev.quizmark.question.ShortAnswer;
import dev.quizmark.question.SingleChoice;
import dev.quizmark.question.TrueFalse;
import dev.quizmark.question.Weights;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a quiz as Moodle GIFT, the way Moodle's own exporter does: every text {@code [html]} (the sanitized HTML
 * the quiz shows), every weight explicit, general feedback after {@code ####}. What GIFT cannot hold is reported
 * with the question's line: ordering and cloze questions (left out), {@code Regex:} patterns, and a numeric
 * {@code *} answer with credit.
 */
public final class GiftWriter {

    public record Result(String gift, List<QuizProblem> problems) {
    }

    private GiftWriter() {
    }

    public static Result write(Quiz quiz) {
        StringBuilder out = new StringBuilder();
        List<QuizProblem> problems = new ArrayList<>();
        out.append("// ").append(quiz.title().replace("\n", " ")).append(" (").append(quiz.id()).append(")\n\n");
        String topic = null;
        for (Question q : quiz.questions()) {
            QuestionKind kind = q.kind();
            if (kind instanceof Ordering || kind instanceof Cloze) {
                problems.add(new QuizProblem(quiz.path(), q.line(), kind.typeName() + " questions cannot be written as GIFT: left out"));
                continue;
            }
            if (q.topic() != null && !q.topic().equals(topic)) {
                topic = q.topic();
                out.append("$CATEGORY: ").append(topic).append("\n\n");
            }
            out.append("::").append(escape(q.title())).append("::").append(html(q.promptHtml())).append("{");
            if (kind instanceof ChoiceQuestion choices) {
                boolean single = kind instanceof SingleChoice;
                for (Choice c : choices.choices()) {
                    double weight = weight(choices, c, single);
                    out.append("\n\t").append(single && weight == 1 ? "=" : weight == 0 ? "~" : "~%" + Weights.percent(weight) + "%")
                            .append(html(c.html())).append(feedback(c.feedbackHtml()));
                }
                out.append('\n');
            } else if (kind instanceof TrueFalse tf) {
                out.append(tf.answer() ? "TRUE" : "FALSE");
                String right = tf.answer() ? tf.feedbackTrueHtml() : tf.feedbackFalseHtml();
                String wrong = tf.answer() ? tf.feedbackFalseHtml() : tf.feedbackTrueHtml();
                if (!wrong.isEmpty() || !right.isEmpty()) {
                    out.append("#").append(html(wrong));
                }
                if (!right.isEmpty()) {
                    out.append("#").append(html(right));
                }
            } else if (kind instanceof ShortAnswer s) {
                if (s.regex() != null) {
                    problems.add(new QuizProblem(quiz.path(), q.line(), "GIFT has no Regex: the pattern " + s.regex() + " is left out"));
                }
                for (ShortAnswer.Accepted a : s.answers()) {
                    String text = s.wildcards() ? a.text() : a.text().replace("*", "\\*");
                    out.append("\n\t=%").append(Weights.percent(a.fraction())).append("%").append(escape(text))
                            .append(feedback(a.feedbackHtml()));
                }
                out.append('\n');
            } else if (kind instanceof NumericAnswer n) {
                out.append("#");
                for (NumericAnswer.Graded a : n.answers()) {
                    if (a.accepted() instanceof NumericAnswer.Any) {
                        if (a.fraction() > 0) {
                            problems.add(new QuizProblem(quiz.path(), q.line(), "GIFT gives any other number no credit: the * answer's "
                                    + Weights.percent(a.fraction()) + "% is written as 0%"));
                        }
                        out.append("\n\t~").append(a.feedbackHtml().isEmpty() ? "" : "#" + html(a.feedbackHtml()));
                        continue;
                    }
                    String value = a.accepted() instanceof NumericAnswer.Range r ? NumericAnswer.plain(r.min()) + ".." + NumericAnswer.plain(r.max())
                            : NumericAnswer.plain(((NumericAnswer.Exact) a.accepted()).value()) + ":"
                                    + NumericAnswer.plain(((NumericAnswer.Exact) a.accepted()).tolerance());
                    out.append("\n\t=%").append(Weights.percent(a.fraction())).append("%").append(value).append(feedback(a.feedbackHtml()));
                }
                out.append('\n');
            } else if (kind instanceof Matching m) {
                for (Matching.Pair p : m.pairs()) {
                    out.append("\n\t=").append(html(p.leftHtml())).append(" -> ").append(escape(p.right()));
                }
                for (String right : m.distractors()) {
                    out.append("\n\t= -> ").append(escape(right));
                }
                out.append('\n');
            }
            if (!q.explanationHtml().isEmpty()) {
                out.append("\t####").append(html(q.explanationHtml())).append('\n');
            }
            out.append("}\n\n");
        }
        return new Result(out.toString(), problems);
    }

    /** A choice's share as the grader uses it (explicit weight, or the type's default rule). */
    static double weight(ChoiceQuestion question, Choice choice, boolean single) {
        if (choice.weight() != null) {
            return choice.weight();
        }
        if (single || question.weighted()) {
            return choice.correct() ? 1 : 0;
        }
        long correct = question.choices().stream().filter(Choice::correct).count();
        long wrong = question.choices().size() - correct;
        return choice.correct() ? 1.0 / correct : -1.0 / wrong;
    }

    private static String feedback(String html) {
        return html.isEmpty() ? "" : "#" + html(html);
    }

    private static String html(String html) {
        return html.isEmpty() ? "" : "[html]" + escape(html);
    }

    /** Moodle's GIFT escapes: {@code \ # = ~ { } :} and line breaks. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '#', '=', '~', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
