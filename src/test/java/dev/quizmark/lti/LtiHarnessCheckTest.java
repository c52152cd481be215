package dev.quizmark.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quizmark.support.Browser;
import dev.quizmark.support.DirectDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Checks the Node test platform itself with a certified LTI tool library: ltijs (LTI Advantage Complete
 * certified by IMS), on a PostgreSQL database of its own through ltijs-sequelize and on loopback HTTPS, is
 * launched by the platform from the course page in Chromium and posts a grade to the launch's line
 * item. If ltijs can launch and grade, the platform speaks real LTI, so what Quizmark does against it counts.
 * (A Quarkus test only to share the profile, and so the database server, with {@link LtiNodePlatformBrowserTest}.)
 */
@QuarkusTest
@TestProfile(LtiOverTls.class)
class LtiHarnessCheckTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void certifiedToolLibraryLaunchesFromThePlatformAndPostsAGrade() throws Exception {
        String database = ltijsDatabase();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String tool = "https://localhost:" + port;
        String clientId = "ltijs-" + UUID.randomUUID().toString().substring(0, 8);
        Path tls = NodePlatform.tls();
        try (NodePlatform platform = new NodePlatform(List.of(new NodePlatform.Tool(clientId, "deployment-ltijs",
                tool + "/login", tool + "/", tool + "/keys", null)))) {
            URI server = URI.create(DirectDatabase.url().substring("jdbc:".length()));
            Map<String, Object> config = new HashMap<>();
            config.put("port", port);
            config.put("cert", tls.resolve("cert.pem").toString());
            config.put("key", tls.resolve("key.pem").toString());
            config.put("issuer", platform.issuer);
            config.put("clientId", clientId);
            config.put("encryptionKey", UUID.randomUUID().toString());
            config.put("database", Map.of("name", database, "user", DirectDatabase.user(),
                    "password", DirectDatabase.password(),
                    "host", server.getHost(), "port", server.getPort() < 0 ? 5432 : server.getPort()));
            NodePlatform.Started ltijs = NodePlatform.start("ltijs-tool.mjs", "LTIJS", config,
                    Map.of("NODE_EXTRA_CA_CERTS", tls.resolve("cert.pem").toString()));
            try {
                String student = "ltijs-student-" + clientId;
                String course = "course-" + clientId;
                // In a window of its own: ltijs's state cookie is SameSite=None but not Partitioned, and in the
                // cross-site frame this Chromium did not send it back (ltijs answered MISSING_VALIDATION_COOKIE).
                // That is ltijs's cookie handling, not the platform's LTI; Quizmark's launch works in the frame.
                String hint = platform.launch(clientId, student, course, "link-ltijs", "window");
                try (Browser browser = new Browser(platform.issuer, true, null, Map.of(), true)) {
                    browser.open("/signin?user=" + student + "&then="
                            + URLEncoder.encode("/course/" + course + "?launch=" + hint, StandardCharsets.UTF_8));
                    browser.waitFor(d -> d.getCurrentUrl().contains("/course/" + course));
                    browser.driver.findElement(By.id("open-tool")).click();
                    try {
                        browser.waitFor(d -> !d.findElements(By.id("ltijs-graded")).isEmpty() || !d.findElements(By.id("ltijs-failed")).isEmpty());
                    } catch (org.openqa.selenium.TimeoutException e) {
                        throw new AssertionError("ltijs did not answer: " + LtiNodePlatformBrowserTest.frameUrl(browser.driver) + "\n"
                                + browser.driver.getPageSource() + "\n" + platform.log(), e);
                    }
                    assertEquals(List.of(), browser.driver.findElements(By.id("ltijs-failed")).stream().map(e -> e.getText()).toList(),
                            "ltijs could not post the grade");
                }
                List<JsonNode> scores = platform.scores();
                assertEquals(1, scores.size(), scores + "\n" + platform.log());
                JsonNode score = scores.get(0);
                assertEquals(clientId, score.path("clientId").asText());
                assertEquals(course, score.path("course").asText());
                assertEquals("link-ltijs", score.path("link").asText());
                JsonNode body = score.path("body");
                assertEquals(student, body.path("userId").asText());
                assertEquals(7, body.path("scoreGiven").asInt(), body.toString());
                assertEquals(10, body.path("scoreMaximum").asInt(), body.toString());
                assertEquals("Completed", body.path("activityProgress").asText());
                assertEquals("FullyGraded", body.path("gradingProgress").asText());
            } finally {
                ltijs.stop();
            }
        }
    }

    /** A fresh database for ltijs on the test database's server, next to it: {@code <test database>_ltijs}. */
    private String ltijsDatabase() throws Exception {
        String name = DirectDatabase.name() + "_ltijs";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists \"" + name + "\"");
            statement.execute("create database \"" + name + "\"");
        }
        return name;
    }
}
