package dev.quizmark.quiz;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The one commonmark configuration of Quizmark. Front matter is read by {@link FrontMatter} and blanked before
 * commonmark sees the text, so line numbers stay file line numbers. Raw HTML in quiz files is escaped and unsafe link schemes
 * are dropped, so rendered quiz text is safe to insert into pages unescaped.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), TaskListItemsExtension.create());

    public static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();

    private MarkdownRenderer() {
    }

    public static String html(Node node) {
        return HTML.render(node);
    }

    public static String html(String markdown) {
        return HTML.render(PARSER.parse(markdown)).strip();
    }

    /** Renders a one-paragraph snippet without the surrounding {@code <p>}, for choices and titles. */
    public static String inlineHtml(String markdown) {
        String html = html(markdown);
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }
}
