package dev.quizmark.lint;

import dev.quizmark.question.Cloze;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cloze questions say what goes in the blanks and test meaning, not memory of wording ("cloze-form"): the
 * prompt needs an instruction paragraph without blanks, and no sentence of the filled-in text may be copied
 * word for word from the reading (then a blank asks for the author's exact word, 중반 or 멍청해지고, where a
 * synonym is just as right).
 */
final class ClozeFormRule implements LintRule {

    static final String NAME = "cloze-form";

    /** Less text around the blanks ("2025년 ___월") is a fact, not copied prose. */
    private static final int COPIED_MIN_LETTERS = 20;

    @Override
    public List<Finding> check(QuizContext quiz) {
        List<Finding> findings = new ArrayList<>();
        for (LintQuestion q : quiz.questions) {
            if (!q.is(Cloze.SYNTAX) || q.cloze() == null) {
                continue;
            }
            if (q.cloze().instruction().isBlank()) {
                findings.add(quiz.warning(q.line(), NAME, q, "cloze question '" + q.id() + "' has no instruction line: "
                        + "start the prompt with a paragraph that says what belongs in the blanks"));
            }
            Optional<String> copied = quiz.readingBody(q.reading()).flatMap(text -> copiedParagraph(q.cloze().pieces(), text));
            copied.ifPresent(text -> findings.add(quiz.warning(q.line(), NAME, q, "cloze question '" + q.id()
                    + "' copies the reading word for word around its blanks (\"" + shortened(text) + "\"), so the blanks "
                    + "test the exact wording; say it in other words so that they test meaning")));
        }
        return findings;
    }

    /**
     * A paragraph whose text around the blanks stands in the reading in the same order, with at least
     * {@value #COPIED_MIN_LETTERS} letters of it: the reading's sentence with words cut out.
     */
    private static Optional<String> copiedParagraph(List<List<String>> paragraphs, String reading) {
        String passage = KoreanText.compact(reading);
        for (List<String> pieces : paragraphs) {
            int from = 0;
            int letters = 0;
            boolean inOrder = true;
            for (String piece : pieces) {
                String compact = KoreanText.compact(piece);
                if (compact.isEmpty()) {
                    continue;
                }
                int at = passage.indexOf(compact, from);
                if (at < 0) {
                    inOrder = false;
                    break;
                }
                from = at + compact.length();
                letters += compact.length();
            }
            if (inOrder && letters >= COPIED_MIN_LETTERS) {
                return Optional.of(String.join("___", pieces).strip());
            }
        }
        return Optional.empty();
    }

    private static String shortened(String sentence) {
        return sentence.length() <= 40 ? sentence : sentence.substring(0, 40) + "…";
    }
}
