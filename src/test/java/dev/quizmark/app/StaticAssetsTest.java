package dev.quizmark.app;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
}
