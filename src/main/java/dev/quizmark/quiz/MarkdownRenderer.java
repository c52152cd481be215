package dev.quizmark.quiz;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * The one commonmark configuration of Quizmark. Front matter is read by {@link FrontMatter} and blanked before
 * commonmark sees the text, so line numbers stay file line numbers. HTML comments are notes for the author and
 * are dropped while parsing; any other raw HTML is escaped, and links and images keep only http, https, mailto
 * and relative URLs ({@code javascript:}, {@code data:} and the like become empty), so rendered quiz text is
 * safe to insert into pages unescaped.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), TaskListItemsExtension.create());

    private static final UrlSanitizer URLS = new DefaultUrlSanitizer(List.of("http", "https", "mailto"));

    public static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).postProcessor(MarkdownRenderer::dropComments).build();

    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).urlSanitizer(URLS).build();

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

    /** A URL from a settings field (not Markdown) under the same rule as links; null when not allowed. */
    public static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String sanitized = URLS.sanitizeLinkUrl(url);
        return sanitized.isEmpty() ? null : sanitized;
    }

    private static Node dropComments(Node document) {
        List<Node> comments = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                if (block.getLiteral().strip().startsWith("<!--")) {
                    comments.add(block);
                }
            }

            @Override
            public void visit(HtmlInline inline) {
                if (inline.getLiteral().startsWith("<!--")) {
                    comments.add(inline);
                }
            }
        });
        comments.forEach(Node::unlink);
        return document;
    }
}
