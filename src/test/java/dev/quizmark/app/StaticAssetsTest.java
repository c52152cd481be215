package dev.quizmark.app;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Issue 12: a favicon, and static files under content-hashed names that may be cached for good. */
@QuarkusTest
class StaticAssetsTest {

    private static byte[] file(String name) throws Exception {
        try (InputStream in = StaticAssetsTest.class.getClassLoader().getResourceAsStream("META-INF/resources/" + name)) {
            return in.readAllBytes();
        }
    }

    private static String href(String page, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(page);
        assertTrue(m.find(), pattern + " in " + page);
        return m.group(1);
    }

    @Test
    void pagesLinkHashedFilesThatAreCachedForAYear() throws Exception {
        String login = given().get("/login").asString();
        String css = href(login, "<link rel=\"stylesheet\" href=\"(/assets/quizmark\\.[0-9a-f]{10}\\.css)\">");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file("quizmark.css")));
        assertEquals("/assets/quizmark." + sha.substring(0, 10) + ".css", css, "the name carries the content's hash");

        Response served = given().get(css);
        assertEquals(200, served.statusCode());
        assertEquals("public, max-age=31536000, immutable", served.getHeader("Cache-Control"));
        assertTrue(served.getContentType().startsWith("text/css"), served.getContentType());
        assertArrayEquals(file("quizmark.css"), served.asByteArray());

        assertEquals(404, given().get("/assets/quizmark.0123456789.css").statusCode(), "an old or made-up hash is not served");
        assertEquals(404, given().get("/assets/pom.xml").statusCode());
    }

    @Test
    void everyPageHasAFavicon() throws Exception {
        String login = given().get("/login").asString();
        String icon = href(login, "<link rel=\"icon\" href=\"(/assets/favicon\\.[0-9a-f]{10}\\.svg)\" type=\"image/svg\\+xml\">");
        Response served = given().get(icon);
        assertEquals(200, served.statusCode());
        assertEquals("image/svg+xml", served.getContentType());
        assertArrayEquals(file("favicon.svg"), served.asByteArray());
        assertTrue(served.getHeader("Cache-Control").contains("immutable"));
    }

    @Test
    void webjarScriptsAreServedUnderHashedNamesToo() throws Exception {
        for (String name : StaticAssets.WEBJARS.keySet()) {
            String url = StaticAssets.url(name);
            String base = name.substring(0, name.lastIndexOf('.'));
            assertTrue(url.matches("/assets/" + Pattern.quote(base) + "\\.[0-9a-f]{10}\\.js"), url);
            Response served = given().get(url);
            assertEquals(200, served.statusCode(), url);
            assertEquals(CACHE_FOR_GOOD, served.getHeader("Cache-Control"));
            assertTrue(served.getContentType().startsWith("text/javascript"), served.getContentType());
            String artifact = StaticAssets.WEBJARS.get(name).get(0);
            String plain = "/webjars/" + artifact + "/" + webjarVersion(artifact) + "/" + StaticAssets.WEBJARS.get(name).get(1);
            byte[] webjar = given().get(plain).asByteArray();
            assertTrue(webjar.length > 1000, plain);
            assertArrayEquals(webjar, served.asByteArray(), "the hashed name serves " + plain);
        }
    }

    private static final String CACHE_FOR_GOOD = "public, max-age=31536000, immutable";

    private static String webjarVersion(String artifact) throws IOException {
        try (InputStream in = StaticAssetsTest.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** The only way a template may write a static file's address. */
    static final Pattern HELPER = Pattern.compile("\\{asset:url\\('[^']+'\\)}");

    /** An address that names a static file: by its extension, or under the webjars, or a hashed name written out. */
    static final Pattern STATIC = Pattern.compile("(?i)^[^?#{]*(\\.(css|js|mjs|map|svg|png|jpe?g|gif|webp|ico|woff2?|ttf|webmanifest)([?#].*)?$)"
            + "|^/webjars/|^/assets/");

    /**
     * Static files a template links without {@code {asset:url(...)}}: every script's src and every stylesheet, icon,
     * preload or manifest link must be the helper, and no other address may name a static file.
     */
    static List<String> plainStaticLinks(String template) {
        List<String> found = new ArrayList<>();
        for (Element element : Jsoup.parse(template).getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().trim();
                if (!List.of("src", "href", "srcset", "poster", "data", "imagesrcset").contains(key)) {
                    continue;
                }
                boolean mustBeHelper = (element.nameIs("script") && key.equals("src"))
                        || (element.nameIs("link") && key.equals("href") && element.attr("rel").toLowerCase(Locale.ROOT)
                                .matches(".*\\b(stylesheet|icon|preload|modulepreload|manifest|apple-touch-icon)\\b.*"))
                        || STATIC.matcher(value).find();
                if (mustBeHelper && !HELPER.matcher(value).matches()) {
                    found.add("<" + element.tagName() + " " + key + "=\"" + value + "\">");
                }
            }
        }
        return found;
    }

    @Test
    void theCheckFindsPlainNames() {
        for (String bad : List.of("<link rel=\"stylesheet\" href=\"/quizmark.css\">", "<script src=\"/live.js\"></script>",
                "<script src='/webjars/htmx.org/2.0.4/dist/htmx.min.js'></script>", "<link rel=\"icon\" href=\"/favicon.svg\">",
                "<script src=\"/assets/live.0123456789.js\"></script>", "<img src=\"/logo.png\" alt=\"\">",
                "<script src=\"https://unpkg.com/htmx.org\"></script>", "<a href=\"/quizmark.css?v=2\">x</a>",
                "{#scripts}<script src=\"/lti-return.js\"></script>{/scripts}")) {
            assertEquals(1, plainStaticLinks(bad).size(), bad);
        }
        for (String good : List.of("<link rel=\"stylesheet\" href=\"{asset:url('quizmark.css')}\">",
                "<script src=\"{asset:url('live.js')}\"></script>", "<a href=\"/live/sessions/{view.sessionId}\">x</a>",
                "<form action=\"/logout\"></form>", "<a href=\"/quizzes/{quiz.id}/results.csv\">csv</a>")) {
            assertEquals(List.of(), plainStaticLinks(good), good);
        }
    }

    @Test
    void everyTemplateLinksStaticFilesByTheirHashedNames() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(templates.size() > 20, "templates found under " + TEMPLATES.toAbsolutePath());
        int helperLinks = 0;
        for (Path template : templates) {
            String text;
            try {
                text = Files.readString(template);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            helperLinks += (int) HELPER.matcher(text).results().count();
            plainStaticLinks(text).forEach(link -> problems.add(TEMPLATES.relativize(template) + ": " + link));
        }
        assertEquals(List.of(), problems, "link static files with {asset:url('name')} (StaticAssets), never by plain name");
        assertFalse(helperLinks < 10, "the helper is used: " + helperLinks);
    }
}
