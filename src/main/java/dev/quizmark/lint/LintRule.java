package dev.quizmark.lint;

import java.util.List;

/** One lint check over one quiz. */
interface LintRule {

    List<Finding> check(QuizContext quiz);
}
