package dev.quizmark.attempt;

import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Question.AnswerKey;
import dev.quizmark.quiz.Question.Choice;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Grades one response to one question, per the rules in docs/quiz-format.md. Pure and stateless.
 *
 * <p>A response is a list of strings whose meaning depends on the question type:
 * <ul>
 * <li>SINGLE: {@code [choiceId]}; MULTIPLE: the picked choice ids</li>
 * <li>TRUE_FALSE: {@code ["true"]} or {@code ["false"]}</li>
 * <li>SHORT and NUMERIC: {@code [text]} as typed</li>
 * <li>ORDERING: one value per item, in key order: the 1-based position the student gave it ("" if unset)</li>
 * <li>MATCHING: one value per left side, in key order: the index into {@code key.matches()} of the right
 * side picked ("" if unset)</li>
 * <li>CLOZE: one text per blank</li>
 * </ul>
 * Missing values count as unanswered parts and score 0.
 */
public final class AttemptGrader {

    public record QuestionGrade(double points, boolean correct) {
    }

    private AttemptGrader() {
    }

    public static QuestionGrade grade(Question question, List<String> response) {
        double fraction = fraction(question, response);
        return new QuestionGrade(fraction * question.points(), fraction >= 1.0);
    }

    /** The share of the question's points earned, 0 to 1. */
    public static double fraction(Question question, List<String> response) {
        List<String> answer = response == null ? List.of() : response;
        AnswerKey key = question.key();
        return switch (question.type()) {
            case SINGLE -> single(question.choices(), answer);
            case MULTIPLE -> multiple(question.choices(), answer);
            case TRUE_FALSE -> key.trueFalse() != null && first(answer).equals(key.trueFalse().toString()) ? 1 : 0;
            case SHORT -> shortAnswer(key.accepted(), key.regex(), first(answer)) ? 1 : 0;
            case NUMERIC -> numeric(key, first(answer)) ? 1 : 0;
            case ORDERING -> share(question.choices().size(), i -> String.valueOf(i + 1).equals(at(answer, i)));
            case MATCHING -> share(key.matches().size(), i -> matches(key.matches(), i, at(answer, i)));
            case CLOZE -> share(key.blanks().size(), i -> shortAnswer(key.blanks().get(i), null, at(answer, i)));
        };
    }

    /** The response that earns full marks, in the encoding above. */
    public static List<String> correctResponse(Question question) {
        AnswerKey key = question.key();
        return switch (question.type()) {
            case SINGLE, MULTIPLE -> question.choices().stream().filter(Choice::correct).map(Choice::id).toList();
            case TRUE_FALSE -> List.of(key.trueFalse().toString());
            case SHORT -> List.of(key.accepted().get(0));
            case NUMERIC -> List.of(String.valueOf(key.numericValue() != null ? key.numericValue() : key.min()));
            case ORDERING -> IntStream.rangeClosed(1, question.choices().size()).mapToObj(String::valueOf).toList();
            case MATCHING -> IntStream.range(0, key.matches().size()).mapToObj(String::valueOf).toList();
            case CLOZE -> key.blanks().stream().map(accepted -> accepted.get(0)).toList();
        };
    }

    private static double single(List<Choice> choices, List<String> answer) {
        return answer.size() == 1 && choices.stream().anyMatch(c -> c.correct() && c.id().equals(answer.get(0))) ? 1 : 0;
    }

    /** Each right pick earns 1/c, each wrong pick costs 1/w; clamped to 0..1. */
    private static double multiple(List<Choice> choices, List<String> answer) {
        Set<String> picked = new HashSet<>(answer);
        long correct = choices.stream().filter(Choice::correct).count();
        long wrong = choices.size() - correct;
        double score = 0;
        for (Choice choice : choices) {
            if (picked.contains(choice.id())) {
                score += choice.correct() ? 1.0 / correct : -1.0 / wrong;
            }
        }
        return Math.max(0, Math.min(1, score));
    }

    private static boolean shortAnswer(List<String> accepted, String regex, String typed) {
        String answer = AnswerNormalizer.normalize(typed);
        if (answer.isEmpty()) {
            return false;
        }
        if (accepted.stream().map(AnswerNormalizer::normalize).anyMatch(answer::equals)) {
            return true;
        }
        return regex != null && Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(answer).matches();
    }

    private static boolean numeric(AnswerKey key, String typed) {
        Double value = AnswerNormalizer.number(typed);
        if (value == null) {
            return false;
        }
        if (key.min() != null) {
            return value >= key.min() && value <= key.max();
        }
        // A tiny epsilon so that 71.6 typed for 71.6 ± 0.05 is not lost to binary rounding.
        return key.numericValue() != null && Math.abs(value - key.numericValue()) <= key.tolerance() + 1e-9;
    }

    private static boolean matches(List<String> rights, int left, String picked) {
        try {
            int index = Integer.parseInt(picked);
            return index >= 0 && index < rights.size() && rights.get(index).equals(rights.get(left));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double share(int parts, java.util.function.IntPredicate right) {
        if (parts == 0) {
            return 0;
        }
        return (double) IntStream.range(0, parts).filter(right).count() / parts;
    }

    private static String first(List<String> answer) {
        return answer.isEmpty() || answer.get(0) == null ? "" : answer.get(0);
    }

    private static String at(List<String> answer, int index) {
        return index < answer.size() && answer.get(index) != null ? answer.get(index) : "";
    }

}
