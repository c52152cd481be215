package dev.quizmark.quiz.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.quizmark.question.ChoiceQuestion;
import dev.quizmark.question.Cloze;
import dev.quizmark.question.Matching;
import dev.quizmark.question.MultipleChoice;
import dev.quizmark.question.NumericAnswer;
import dev.quizmark.question.Ordering;
import dev.quizmark.question.QuestionKind;
import dev.quizmark.question.ShortAnswer;
import dev.quizmark.question.SingleChoice;
import dev.quizmark.question.TrueFalse;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON view of a parsed quiz: what the server grades, question by question (schema in docs/quiz-format.md).
 * Texts are the sanitized HTML the pages show; every fraction is the share of the question's points (1 = 100 %).
 */
public final class QuizJsonWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private QuizJsonWriter() {
    }

    public static String write(Quiz quiz) {
        try {
            return JSON.writeValueAsString(tree(quiz)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> tree(Quiz quiz) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", quiz.id());
        root.put("path", quiz.path());
        root.put("settings", settings(quiz.settings()));
        root.put("questions", quiz.questions().stream().map(QuizJsonWriter::question).toList());
        return root;
    }

    private static Map<String, Object> settings(QuizSettings s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", s.title());
        out.put("description", s.descriptionHtml());
        out.put("language", s.language());
        out.put("time_limit_seconds", s.timeLimit() == null ? null : s.timeLimit().toSeconds());
        out.put("attempts", s.attempts());
        out.put("pass_mark", s.passMark());
        out.put("shuffle_questions", s.shuffleQuestions());
        out.put("shuffle_choices", s.shuffleChoices());
        out.put("feedback", s.feedback().name().toLowerCase(Locale.ROOT));
        out.put("grading", s.grading().name().toLowerCase(Locale.ROOT));
        out.put("class_average", s.classAverage());
        out.put("page_size", s.pageSize());
        out.put("available_from", s.availableFrom() == null ? null : s.availableFrom().toString());
        out.put("available_until", s.availableUntil() == null ? null : s.availableUntil().toString());
        out.put("source", s.readings());
        out.put("live_time_seconds", s.liveTime() == null ? null : s.liveTime().toSeconds());
        return out;
    }

    public static Map<String, Object> question(Question q) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", q.id());
        out.put("type", q.kind().typeName());
        out.put("title", q.title());
        out.put("points", q.points());
        out.put("difficulty", q.difficulty());
        out.put("topic", q.topic());
        out.put("prompt", q.promptHtml());
        kind(q.kind(), out);
        out.put("explanation", q.explanationHtml());
        out.put("source", q.sourceQuote());
        out.put("live_time_seconds", q.liveTime() == null ? null : q.liveTime().toSeconds());
        return out;
    }

    /** The answer key of each type; a new type must be added here (the last branch fails loudly). */
    private static void kind(QuestionKind kind, Map<String, Object> out) {
        if (kind instanceof ChoiceQuestion choices) {
            boolean single = kind instanceof SingleChoice;
            long correct = choices.choices().stream().filter(c -> c.correct()).count();
            long wrong = choices.choices().size() - correct;
            boolean weighted = choices.weighted();
            out.put("choices", choices.choices().stream().map(c -> {
                Map<String, Object> choice = new LinkedHashMap<>();
                choice.put("id", c.id());
                choice.put("text", c.html());
                choice.put("correct", c.correct());
                double weight = c.weight() != null ? c.weight() : single || weighted ? (c.correct() ? 1 : 0)
                        : c.correct() ? 1.0 / correct : -1.0 / wrong;
                choice.put("weight", weight);
                choice.put("feedback", c.feedbackHtml());
                return choice;
            }).toList());
        } else if (kind instanceof TrueFalse tf) {
            out.put("answer", tf.answer());
            out.put("feedback_true", tf.feedbackTrueHtml());
            out.put("feedback_false", tf.feedbackFalseHtml());
        } else if (kind instanceof ShortAnswer s) {
            out.put("answers", s.answers().stream().map(a -> {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("text", a.text());
                answer.put("fraction", a.fraction());
                answer.put("feedback", a.feedbackHtml());
                return answer;
            }).toList());
            out.put("wildcards", s.wildcards());
            out.put("regex", s.regex());
        } else if (kind instanceof NumericAnswer n) {
            out.put("answers", n.answers().stream().map(a -> {
                Map<String, Object> answer = new LinkedHashMap<>();
                if (a.accepted() instanceof NumericAnswer.Exact e) {
                    answer.put("value", e.value());
                    answer.put("tolerance", e.tolerance());
                } else if (a.accepted() instanceof NumericAnswer.Range r) {
                    answer.put("min", r.min());
                    answer.put("max", r.max());
                } else {
                    answer.put("any", true);
                }
                answer.put("fraction", a.fraction());
                answer.put("feedback", a.feedbackHtml());
                return answer;
            }).toList());
        } else if (kind instanceof Ordering o) {
            out.put("order", o.itemsHtml());
        } else if (kind instanceof Matching m) {
            out.put("pairs", m.pairs().stream().map(p -> Map.of("left", p.leftHtml(), "right", p.right())).toList());
            out.put("distractors", m.distractors());
        } else if (kind instanceof Cloze c) {
            out.put("segments", c.segmentsHtml());
            out.put("blanks", c.blanks());
        } else {
            throw new IllegalStateException("no JSON for question type " + kind.typeName());
        }
    }

    /** Quizzes as one JSON array, for a folder. */
    public static String writeAll(List<Quiz> quizzes) {
        try {
            List<Map<String, Object>> all = new ArrayList<>();
            quizzes.forEach(q -> all.add(tree(q)));
            return JSON.writeValueAsString(all) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
