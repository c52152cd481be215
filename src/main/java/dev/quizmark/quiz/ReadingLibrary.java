package dev.quizmark.quiz;

import dev.quizmark.app.QuizmarkConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading passages under the quizzes folder, re-read when their file changes. */
@ApplicationScoped
public class ReadingLibrary {

    private record Cached(long modified, ReadingPassage passage) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Path quizzesDir;

    @Inject
    public ReadingLibrary(QuizmarkConfig config) {
        this(config.quizzes().dir());
    }

    /** The quizzes folder, which holds the quiz files too. */
    public Path folder() {
        return quizzesDir;
    }

    /** Outside the application (the command-line tools), over any folder. */
    public ReadingLibrary(Path quizzesDir) {
        this.quizzesDir = quizzesDir;
    }

    /**
     * @param path relative to the quizzes folder; anything that is not a Markdown file inside the folder once
     *             symlinks are followed is not found
     */
    public Optional<ReadingPassage> passage(String path) {
        return find(path).flatMap(found -> {
            try {
                long modified = Files.getLastModifiedTime(found.file()).toMillis();
                Cached cached = cache.get(found.path());
                if (cached == null || cached.modified() != modified) {
                    cached = new Cached(modified, read(found.path(), Files.readString(found.file(), StandardCharsets.UTF_8)));
                    cache.put(found.path(), cached);
                }
                return Optional.of(cached.passage());
            } catch (IOException | RuntimeException unreadable) {
                return Optional.empty();
            }
        });
    }

    /** The passage file as written, front matter included, for tools that report its lines. */
    public Optional<String> fileText(String path) {
        return find(path).flatMap(found -> {
            try {
                return Optional.of(Files.readString(found.file(), StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException unreadable) {
                return Optional.empty();
            }
        });
    }

    /**
     * Where a path really leads: the file's path relative to the quizzes folder with every symlink followed, if
     * that is a regular Markdown file inside the folder. Paths that leave the folder (by {@code ..}, an absolute
     * path or a symlink) or cannot be a path at all (a NUL character) lead nowhere.
     */
    public Optional<String> realPath(String path) {
        return find(path).map(Found::path);
    }

    /** @param file absolute, symlinks resolved; @param path the same relative to the quizzes folder */
    private record Found(Path file, String path) {
    }

    private Optional<Found> find(String path) {
        try {
            Path root = quizzesDir.toRealPath();
            Path file = root.resolve(path).toRealPath();
            if (!file.startsWith(root) || !Files.isRegularFile(file) || !file.getFileName().toString().endsWith(".md")) {
                return Optional.empty();
            }
            return Optional.of(new Found(file, root.relativize(file).toString().replace('\\', '/')));
        } catch (IOException | InvalidPathException notThere) {
            return Optional.empty();
        }
    }

    /** The passage's Markdown body, for checking quotes while parsing quizzes. */
    public Optional<String> text(String path) {
        return passage(path).map(ReadingPassage::bodyText);
    }

    /** The passage HTML with the first occurrence of {@code quote} wrapped in {@code <mark id="quote">}. */
    public String highlighted(ReadingPassage passage, String quote) {
        return highlight(passage.bodyHtml(), quote);
    }

    static String highlight(String html, String quote) {
        if (quote == null || quote.isBlank()) {
            return html;
        }
        // Match the quote as the renderer escaped it, allowing any whitespace (line breaks) between words.
        String[] words = escape(quote.strip()).split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (String word : words) {
            regex.append(regex.length() > 0 ? "\\s+" : "").append(Pattern.quote(word));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(html);
        if (!m.find()) {
            return html;
        }
        return html.substring(0, m.start()) + "<mark id=\"quote\">" + m.group() + "</mark>" + html.substring(m.end());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static ReadingPassage read(String path, String source) {
        List<String> lines = source.replaceFirst("^\uFEFF", "").lines().toList();
        FrontMatter frontMatter = FrontMatter.read(lines);
        String body = String.join("\n", lines.subList(frontMatter.bodyOffset(), lines.size()));
        Map<String, FrontMatter.Setting> s = frontMatter.settings();
        String title = value(s, "title", path);
        String subtitle = value(s, "subtitle", null);
        // Articles copied whole open with their own header: the title again, then often a one-line subtitle. The
        // page shows both in its header, so the body drawn below it starts after them; quotes, coverage and
        // lines are still checked against the body as written (bodyText, fileText).
        List<String> paragraphs = List.of(body.strip().split("\\n\\s*\\n"));
        int skip = 0;
        if (paragraphs.size() > 1 && paragraphs.get(0).strip().equals(title.strip())) {
            skip = 1;
            String next = paragraphs.get(1).strip();
            if (subtitle != null && next.equals(subtitle.strip())) {
                skip = 2;
            } else if (subtitle == null && looksLikeSubtitle(next) && paragraphs.size() > 2) {
                subtitle = next;
                skip = 2;
            }
        }
        String shown = String.join("\n\n", paragraphs.subList(skip, paragraphs.size()));
        return new ReadingPassage(path, title, subtitle, value(s, "outlet", null),
                value(s, "author", null), value(s, "date", null), MarkdownRenderer.safeUrl(value(s, "url", null)), value(s, "attribution", null),
                MarkdownRenderer.html(shown), body);
    }

    /** One short line that is not a sentence: no line break, no closing full stop, question or exclamation mark. */
    static boolean looksLikeSubtitle(String paragraph) {
        return !paragraph.contains("\n") && paragraph.length() <= 120 && !paragraph.matches(".*[.!?。]$")
                && !paragraph.startsWith("#") && !paragraph.startsWith(">") && !paragraph.startsWith("-");
    }

    private static String value(Map<String, FrontMatter.Setting> settings, String key, String fallback) {
        FrontMatter.Setting setting = settings.get(key);
        return setting == null || setting.text() == null ? fallback : setting.text();
    }
}
