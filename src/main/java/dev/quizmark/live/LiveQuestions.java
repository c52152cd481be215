package dev.quizmark.live;

import dev.quizmark.question.ChoiceQuestion;
import dev.quizmark.question.Cloze;
import dev.quizmark.question.DisplayOrder;
import dev.quizmark.question.Matching;
import dev.quizmark.question.MultipleChoice;
import dev.quizmark.question.Ordering;
import dev.quizmark.question.QuestionKind;
import dev.quizmark.question.ShortAnswer;
import dev.quizmark.question.NumericAnswer;
import dev.quizmark.question.SingleChoice;
import dev.quizmark.question.TrueFalse;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which questions a live session plays: those a phone can answer with a tap or a short text (single, multiple,
 * true/false, short, numeric), in file order. Ordering, matching and cloze are "not for live". Choices keep file
 * order, so the projector and every phone show the same numbers.
 */
final class LiveQuestions {

    /** File order for every part: the projector names choices by these numbers. */
    static final DisplayOrder FILE_ORDER = new DisplayOrder() {
        @Override
        public int[] choices(int count) {
            return IntStream.range(0, count).toArray();
        }

        @Override
        public int[] scrambled(int count) {
            return choices(count);
        }

        @Override
        public int[] options(int count, int[] items) {
            return choices(count);
        }
    };

    private LiveQuestions() {
    }

    /** The phone's way of answering a kind, or null when it is not for live. */
    static String inputOf(QuestionKind kind) {
        if (kind instanceof SingleChoice) {
            return "single";
        }
        if (kind instanceof MultipleChoice) {
            return "multiple";
        }
        if (kind instanceof TrueFalse) {
            return "true_false";
        }
        if (kind instanceof ShortAnswer || kind instanceof NumericAnswer) {
            return "typed";
        }
        if (kind instanceof Ordering || kind instanceof Matching || kind instanceof Cloze) {
            return null;
        }
        throw new IllegalStateException("question kind " + kind.typeName() + " is missing from live mode");
    }

    static boolean fits(Question question) {
        return inputOf(question.kind()) != null;
    }

    static List<Question> of(Quiz quiz) {
        return quiz.questions().stream().filter(LiveQuestions::fits).toList();
    }

    static boolean isChoice(Question question) {
        return question.kind() instanceof ChoiceQuestion;
    }
}
