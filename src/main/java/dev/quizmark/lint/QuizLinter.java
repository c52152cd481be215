package dev.quizmark.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Runs the lint rules (docs/quiz-format.md, "Lint") over valid quizzes: cueing, sources, balance, answer
 * breadth and cloze form, plus the coverage report of the readings they cite. Validation stays the hard gate;
 * lint looks for quizzes that load fine but teach or measure badly.
 */
public final class QuizLinter {

    private static final List<LintRule> RULES = List.of(new CueingRule(), new SourceRule(), new BalanceRule(),
            new AnswerBreadthRule(), new ClozeFormRule());

    private final QuizContext.ReadingTexts readings;
    private final UnaryOperator<String> readingDisplayPath;

    /**
     * @param readingSource      a reading passage file's text (front matter included) by its path relative to the
     *                           quizzes folder
     * @param readingDisplayPath that path as the user names the file, for the coverage report
     */
    public QuizLinter(Function<String, Optional<String>> readingSource, UnaryOperator<String> readingDisplayPath) {
        this.readings = new QuizContext.ReadingTexts(readingSource);
        this.readingDisplayPath = readingDisplayPath;
    }

    public LintReport lint(List<LintTarget> targets) {
        List<Finding> findings = new ArrayList<>();
        Map<String, List<String>> quotes = new LinkedHashMap<>();
        for (LintTarget target : targets) {
            QuizContext quiz = new QuizContext(target, readings, findings);
            RULES.forEach(rule -> findings.addAll(rule.check(quiz)));
            quiz.quiz.settings().readings().forEach(reading -> quotes.computeIfAbsent(reading, r -> new ArrayList<>()));
            for (LintQuestion q : quiz.questions) {
                if (q.sourceQuote() != null && q.reading() != null) {
                    quotes.computeIfAbsent(q.reading(), r -> new ArrayList<>()).add(q.sourceQuote());
                }
            }
        }
        findings.sort(Comparator.comparing(Finding::path).thenComparingInt(Finding::line).thenComparing(Finding::rule)
                .thenComparing(Finding::message));
        return new LintReport(List.copyOf(findings), CoverageReport.of(quotes, readings, readingDisplayPath));
    }
}
