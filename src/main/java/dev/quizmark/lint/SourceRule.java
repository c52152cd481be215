package dev.quizmark.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every question of a quiz with reading passages cites one (warning "missing-source"), and every
 * {@code Source:} quote still stands word for word in its passage (error "stale-source": the passage was
 * edited after the question was written, so the question may no longer match it).
 */
final class SourceRule implements LintRule {

    static final String MISSING = "missing-source";
    static final String STALE = "stale-source";

    @Override
    public List<Finding> check(QuizContext quiz) {
        List<Finding> findings = new ArrayList<>();
        boolean hasReadings = !quiz.quiz.settings().readings().isEmpty();
        for (LintQuestion q : quiz.questions) {
            if (q.sourceQuote() == null) {
                if (hasReadings) {
                    findings.add(quiz.warning(q.line(), MISSING, q, "question '" + q.id()
                            + "' has no Source: quote; copy the sentence of the reading it is based on"));
                }
                continue;
            }
            Optional<String> body = quiz.readingBody(q.reading());
            if (body.isEmpty()) {
                findings.add(quiz.error(q.line(), STALE, q, "question '" + q.id() + "' cites " + q.reading()
                        + ", which is not in the quizzes folder"));
            } else if (!whitespaceFolded(body.get()).contains(whitespaceFolded(q.sourceQuote()))) {
                findings.add(quiz.error(quiz.lineOf(q, "Source:"), STALE, q, "stale question '" + q.id()
                        + "': its Source: quote is no longer word for word in " + q.reading()
                        + "; check the question against the edited passage and copy the quote again"));
            }
        }
        return findings;
    }

    /** Quotes are compared like the validator does: any run of whitespace (line breaks too) is one space. */
    static String whitespaceFolded(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
