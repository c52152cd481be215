package dev.quizmark.quiz;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * HTML written by instructors or imported from Moodle ({@code [html]} GIFT text, {@code format="html"} Moodle XML,
 * questions with {@code format=html}), cleaned by jsoup's {@link Safelist}: formatting, lists, tables, links and
 * images stay; scripts, styles, event handlers and any URL scheme but http, https and mailto go. The result is safe
 * to insert into pages unescaped, like {@link MarkdownRenderer}'s output.
 */
public final class SafeHtml {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp")
            .addAttributes(":all", "dir", "lang", "title")
            .preserveRelativeLinks(true);

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    /** A base for relative links, needed by jsoup to keep them; never shown. */
    private static final String BASE = "https://quizmark.invalid/";

    private SafeHtml() {
    }

    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, BASE, SAFELIST, OUTPUT).strip();
    }

    /** Plain text as HTML: special characters escaped, line breaks as {@code <br>}. */
    public static String fromPlain(String text) {
        return org.jsoup.nodes.Entities.escape(text).replace("\r\n", "\n").replace("\n", "<br>");
    }

    /** The visible text of HTML, whitespace collapsed: for comparisons and plain-text exports. */
    public static String text(String html) {
        return Jsoup.parse(html == null ? "" : html).text().strip();
    }
}
