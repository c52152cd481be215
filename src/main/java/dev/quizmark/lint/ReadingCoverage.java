package dev.quizmark.lint;

import java.util.List;

/**
 * Which paragraphs of a reading passage the linted quizzes cite in their {@code Source:} quotes.
 *
 * @param reading    the passage path relative to the quizzes folder
 * @param path       the passage file as the user names it
 * @param paragraphs number of paragraphs in the passage (headings not counted)
 * @param uncited    paragraphs no question cites, in file order
 */
public record ReadingCoverage(String reading, String path, int paragraphs, List<Paragraph> uncited) {

    /** @param excerpt the paragraph's first words */
    public record Paragraph(int line, String excerpt) {
    }

    public int cited() {
        return paragraphs - uncited.size();
    }
}
