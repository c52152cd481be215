package dev.quizmark.lint;

import dev.quizmark.lint.ReadingCoverage.Paragraph;
import dev.quizmark.quiz.MarkdownRenderer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Which paragraphs of each reading passage no {@code Source:} quote of the linted quizzes falls in. */
final class CoverageReport {

    private static final int EXCERPT_LENGTH = 40;

    private CoverageReport() {
    }

    /**
     * @param quotes      the source quotes of all linted questions, by reading path
     * @param displayPath the reading file as the user names it
     */
    static List<ReadingCoverage> of(Map<String, List<String>> quotes, QuizContext.ReadingTexts readings,
            UnaryOperator<String> displayPath) {
        List<ReadingCoverage> coverage = new ArrayList<>();
        quotes.forEach((reading, cited) -> readings.body(reading)
                .ifPresent(body -> coverage.add(coverage(reading, displayPath.apply(reading), body, cited))));
        return coverage;
    }

    private static ReadingCoverage coverage(String reading, String path, String body, Collection<String> quotes) {
        List<String> lines = body.lines().toList();
        List<Paragraph> paragraphs = paragraphs(MarkdownRenderer.PARSER.parse(body), lines);
        List<Paragraph> uncited = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            String text = SourceRule.whitespaceFolded(paragraph.excerpt());
            boolean cited = quotes.stream().map(SourceRule::whitespaceFolded)
                    .anyMatch(quote -> text.contains(quote) || quote.contains(text));
            if (!cited) {
                uncited.add(new Paragraph(paragraph.line(), excerpt(text)));
            }
        }
        return new ReadingCoverage(reading, path, paragraphs.size(), List.copyOf(uncited));
    }

    /** Paragraphs with their whole text (headings are not paragraphs). */
    private static List<Paragraph> paragraphs(Node document, List<String> lines) {
        List<Paragraph> paragraphs = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Paragraph paragraph) {
                List<SourceSpan> spans = paragraph.getSourceSpans();
                if (!spans.isEmpty()) {
                    int first = spans.get(0).getLineIndex();
                    int last = spans.get(spans.size() - 1).getLineIndex();
                    paragraphs.add(new Paragraph(first + 1, String.join("\n", lines.subList(first, last + 1))));
                }
            }
        });
        return paragraphs;
    }

    private static String excerpt(String text) {
        return text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH) + "…";
    }
}
