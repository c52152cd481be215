package dev.quizmark.lint;

import dev.quizmark.lint.LintQuestion.Part;
import dev.quizmark.lint.LintQuestion.Unit;
import dev.quizmark.quiz.FrontMatter;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One quiz being linted: its questions as lint sees them, its file lines, targets and readings. */
final class QuizContext {

    final Quiz quiz;
    final String path;
    final List<String> lines;
    final List<LintQuestion> questions;
    final BalanceTargets targets;
    private final ReadingTexts readings;

    QuizContext(LintTarget target, ReadingTexts readings, List<Finding> settingProblems) {
        this.quiz = target.quiz();
        this.path = target.path();
        this.lines = target.source().replaceFirst("^\uFEFF", "").lines().toList();
        this.questions = quiz.questions().stream().map(q -> QuestionTexts.of(q, quiz.readingOf(q))).toList();
        this.targets = BalanceTargets.read(path, lines, settingProblems);
        this.readings = readings;
    }

    /** What students see of the quiz itself on its pages: its title and description. */
    List<Unit> quizTexts() {
        List<Unit> texts = new ArrayList<>();
        texts.add(new Unit(Part.QUIZ_TITLE, quiz.title()));
        String description = QuestionTexts.plain(quiz.settings().descriptionHtml());
        if (!description.isBlank()) {
            texts.add(new Unit(Part.DESCRIPTION, description));
        }
        return texts;
    }

    boolean immediateFeedback() {
        return quiz.settings().feedback() == QuizSettings.Feedback.IMMEDIATE;
    }

    /** The body of a reading passage, front matter blanked so that line numbers are file lines. */
    Optional<String> readingBody(String reading) {
        return readings.body(reading);
    }

    /** The first line of the question's part of the file that contains {@code evidence} (spacing ignored). */
    int lineOf(LintQuestion question, String evidence) {
        String needle = KoreanText.compact(evidence);
        int end = endLine(question);
        for (int line = question.line(); line <= end && !needle.isEmpty(); line++) {
            if (KoreanText.compact(lines.get(line - 1)).contains(needle)) {
                return line;
            }
        }
        return question.line();
    }

    /** The front-matter line of a setting, or 1. */
    int settingLine(String key) {
        FrontMatter.Setting setting = FrontMatter.read(lines).settings().get(key);
        return setting == null ? 1 : setting.line();
    }

    private int endLine(LintQuestion question) {
        int next = questions.stream().mapToInt(LintQuestion::line).filter(l -> l > question.line()).min().orElse(lines.size() + 1);
        return Math.min(next - 1, lines.size());
    }

    Finding warning(int line, String rule, LintQuestion question, String message) {
        return new Finding(path, line, Severity.WARNING, rule, message, question == null ? null : question.id());
    }

    Finding error(int line, String rule, LintQuestion question, String message) {
        return new Finding(path, line, Severity.ERROR, rule, message, question == null ? null : question.id());
    }

    /** Reading passages by path relative to the quizzes folder. */
    static final class ReadingTexts {

        private final Function<String, Optional<String>> source;

        /** @param source a reading file's text (front matter included) by its path */
        ReadingTexts(Function<String, Optional<String>> source) {
            this.source = source;
        }

        Optional<String> body(String reading) {
            return reading == null ? Optional.empty() : source.apply(reading).map(ReadingTexts::blankFrontMatter);
        }

        private static String blankFrontMatter(String text) {
            List<String> lines = new ArrayList<>(text.replaceFirst("^\uFEFF", "").lines().toList());
            int frontMatter = FrontMatter.lineCount(lines);
            for (int i = 0; i < frontMatter; i++) {
                lines.set(i, "");
            }
            return String.join("\n", lines);
        }
    }
}
