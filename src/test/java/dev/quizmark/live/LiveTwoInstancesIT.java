package dev.quizmark.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.support.PostgresTestDatabase;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two real app processes on one test database: the packaged app ({@code target/quarkus-app/quarkus-run.jar}, built
 * by {@code package} before failsafe runs this) started twice on free ports. The host plays on instance A, the
 * phones on instance B (and once on A): every host action reaches the phones' event streams on the other process
 * through PostgreSQL NOTIFY, answers taken by either process close the question and count on the other, and the
 * leaderboard, the phones and the stored attempt agree.
 */
class LiveTwoInstancesIT {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern SEQ = Pattern.compile("name=\"seq\" value=\"(\\d+)\"");
    private static final String JOIN_CODE = "two-instances-join-code";

    static final PostgresTestDatabase database = new PostgresTestDatabase();
    static String jdbcUrl;
    static String dbUser;
    static String dbPassword;
    static final List<Process> processes = new ArrayList<>();
    static String a;
    static String b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        Path jar = Path.of(System.getProperty("quizmark.app.dir", "target/quarkus-app"), "quarkus-run.jar");
        assertTrue(Files.isRegularFile(jar), "the packaged app is missing: " + jar + " (run ./mvnw verify)");
        Map<String, String> embedded = database.start();
        String host = env("QUIZMARK_TEST_DB_HOST", "localhost");
        jdbcUrl = embedded.getOrDefault("quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host + ":"
                + env("QUIZMARK_TEST_DB_PORT", "5432") + "/" + env("QUIZMARK_TEST_DB_NAME", "quizmark_test"));
        dbUser = embedded.getOrDefault("quarkus.datasource.username", env("QUIZMARK_TEST_DB_USER", "postgres"));
        dbPassword = embedded.getOrDefault("quarkus.datasource.password", env("QUIZMARK_TEST_DB_PASSWORD", ""));
        // A fresh schema, as the test profile's Flyway clean does: the first instance migrates it.
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword); Statement sql = db.createStatement()) {
            sql.execute("drop schema public cascade");
            sql.execute("create schema public");
        }
        Path quizzes = Files.createDirectories(Path.of("target/live-two-instances/quizzes"));
        Files.writeString(quizzes.resolve("two-instances.md"), """
                ---
                id: two-instances
                title: Two instances
                language: en
                live_time: 30s
                ---

                ## First {#first}

                Which one is right?

                - [x] Right
                - [ ] Wrong

                ## Second {#second live_time=45s}

                Which one is right this time?

                - [ ] Wrong
                - [x] Right

                ## Third {#third type=short}

                Type quarkus.

                Answer: quarkus
                """);
        a = start("a", quizzes);
        b = start("b", quizzes);
    }

    private static String start(String name, Path quizzes) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path jar = Path.of(System.getProperty("quizmark.app.dir", "target/quarkus-app"), "quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString());
        Map<String, String> environment = builder.environment();
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        environment.put("QUARKUS_DATASOURCE_USERNAME", dbUser);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", dbPassword);
        environment.put("QUIZMARK_DB_POOL_SIZE", "4");
        environment.put("QUIZMARK_QUIZZES_DIR", quizzes.toAbsolutePath().toString());
        environment.put("QUIZMARK_SESSION_KEY", "two-instances-session-key-0123456789-abcdef");
        environment.put("QUIZMARK_CSRF_KEY", "two-instances-csrf-key-0123456789-abcdefghij");
        environment.put("QUIZMARK_INSTRUCTOR_USERNAME", "host");
        environment.put("QUIZMARK_INSTRUCTOR_PASSWORD", "host-password-two-instances");
        environment.put("QUIZMARK_REGISTRATION_JOIN_CODE", JOIN_CODE);
        builder.redirectErrorStream(true).redirectOutput(Path.of("target/live-two-instances/" + name + ".log").toFile());
        Process process = builder.start();
        processes.add(process);
        String base = "http://127.0.0.1:" + port;
        HttpClient probe = HttpClient.newHttpClient();
        long until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < until) {
            assertTrue(process.isAlive(), "instance " + name + " stopped; see target/live-two-instances/" + name + ".log");
            try {
                HttpResponse<String> ready = probe.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return base;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(300);
        }
        throw new AssertionError("instance " + name + " did not become ready in 180 s");
    }

    @AfterAll
    static void stopInstances() throws InterruptedException {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        database.stop();
    }

    @Test
    void hostOnOneInstancePhonesOnTheOther() throws Exception {
        Browser host = new Browser();
        host.signIn(a, "host", "host-password-two-instances");
        Browser student = new Browser();
        student.register(b, "two-student", "Student Two", "student-password-two");
        student.signIn(b, "two-student", "student-password-two");
        Browser guest = new Browser();

        // The host creates the session on A; the phones join on B.
        String startPage = host.get(a + "/instructor/live");
        HttpResponse<String> created = host.post(a + "/instructor/live", startPage,
                Map.of("quiz", "two-instances", "seconds", "20", "guests", "true"));
        assertEquals(303, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String pin = query("select pin from live_session where id = " + id);
        assertEquals(303, student.post(b + "/live/join", student.get(b + "/live"), Map.of("pin", pin)).statusCode());
        assertEquals(303, guest.post(b + "/live/join", guest.get(b + "/live"), Map.of("pin", pin, "nickname", "Gus")).statusCode());
        assertTrue(host.get(a + "/instructor/live/" + id).contains("Gus"), "the host on A sees the guest who joined on B");

        try (EventStream studentPhone = new EventStream(b + "/live/sessions/" + id + "/events", student.cookieHeader());
                EventStream guestPhone = new EventStream(b + "/live/sessions/" + id + "/events", guest.cookieHeader())) {
            assertEquals(200, studentPhone.status);
            assertNotNull(studentPhone.next(Duration.ofSeconds(10)), "snapshot on B");
            assertNotNull(guestPhone.next(Duration.ofSeconds(10)), "snapshot on B");

            // Question 1: "start" on A reaches both phones' streams on B.
            act(host, id, "START");
            EventStream.Event first = until(studentPhone, e -> e.data().contains("Which one is right?"));
            assertTrue(first.data().contains("name=\"question\" value=\"first\""), first.data());
            until(guestPhone, e -> e.data().contains("Which one is right?"));
            assertEquals(30_000L, Long.parseLong(query("select question_ms from live_session where id = " + id)), "the quiz's live_time");

            // Both answer on B: the last answer closes the question, which the host on A sees.
            String studentPage = student.get(b + "/live/sessions/" + id);
            assertEquals(303, student.post(b + "/live/sessions/" + id + "/answer", studentPage,
                    Map.of("question", "first", "q.first", "1")).statusCode());
            assertEquals(303, guest.post(b + "/live/sessions/" + id + "/answer", guest.get(b + "/live/sessions/" + id),
                    Map.of("question", "first", "q.first", "2")).statusCode());
            assertEquals("CLOSED", query("select state from live_session where id = " + id), "closed once everyone answered");
            assertTrue(host.get(a + "/instructor/live/" + id).contains("value=\"REVEAL\""), "A shows the question closed");

            act(host, id, "REVEAL");
            until(studentPhone, e -> e.data().contains("live-result ok"));
            until(guestPhone, e -> e.data().contains("live-result bad"));
            act(host, id, "LEADERBOARD");
            long firstPoints = Long.parseLong(query("select a.points from live_answer a join live_player p on p.id = a.player_id "
                    + "where a.session_id = " + id + " and p.nickname = 'Student Two'"));
            assertTrue(firstPoints > 500, "a right answer earns speed points: " + firstPoints);
            String board = host.get(a + "/instructor/live/" + id);
            assertTrue(board.contains("<td>1</td><td>Student Two</td><td>" + firstPoints + "</td><td>1</td>"), board);
            assertTrue(board.contains("<td>Gus</td><td>0</td><td>0</td>"), board);
            assertTrue(student.get(b + "/live/sessions/" + id).contains(firstPoints + "점"), "the phone on B agrees");

            // Question 2: the student's phone moved to A (another instance behind the proxy), the guest stays on B.
            act(host, id, "NEXT");
            until(guestPhone, e -> e.data().contains("Which one is right this time?"));
            assertEquals(45_000L, Long.parseLong(query("select question_ms from live_session where id = " + id)), "the question's live_time");
            assertEquals(303, student.post(a + "/live/sessions/" + id + "/answer", student.get(a + "/live/sessions/" + id),
                    Map.of("question", "second", "q.second", "2")).statusCode());
            assertEquals(303, guest.post(b + "/live/sessions/" + id + "/answer", guest.get(b + "/live/sessions/" + id),
                    Map.of("question", "second", "q.second", "2")).statusCode());
            // A resent answer on the other instance changes nothing.
            assertEquals(303, student.post(b + "/live/sessions/" + id + "/answer", student.get(a + "/live/sessions/" + id),
                    Map.of("question", "second", "q.second", "1")).statusCode());
            act(host, id, "REVEAL");
            until(guestPhone, e -> e.data().contains("live-result ok"));

            // Question 3 (short): answered on B, then the host finishes on A.
            act(host, id, "NEXT");
            until(studentPhone, e -> e.data().contains("Type quarkus."));
            assertEquals(303, student.post(b + "/live/sessions/" + id + "/answer", student.get(b + "/live/sessions/" + id),
                    Map.of("question", "third", "q.third", "Quarkus")).statusCode());
            act(host, id, "CLOSE");
            act(host, id, "REVEAL");
            act(host, id, "NEXT");
            until(studentPhone, e -> e.data().contains("live-big"));
            until(guestPhone, e -> e.data().contains("live-big"));
        }
        // Every host action on A reached the streams on B at once, through NOTIFY: B's safety poll runs only every
        // 5 s, so it alone would leave about half of these waits above 2.5 s.
        System.out.println("host action on A -> event on B, ms: " + delays);
        assertTrue(delays.size() >= 8 && delays.stream().allMatch(ms -> ms < 2500), "host action on A -> event on B, ms: " + delays);
        assertEquals("FINISHED", query("select state from live_session where id = " + id));
        String totals = query("select string_agg(p.nickname || '=' || t.points || '/' || t.right_answers, ',' order by p.nickname) from live_player p "
                + "join (select player_id, sum(points) as points, sum(case when correct then 1 else 0 end) as right_answers "
                + "from live_answer where session_id = " + id + " group by player_id) t on t.player_id = p.id");
        String finalBoard = host.get(a + "/instructor/live/" + id);
        for (String total : totals.split(",")) {
            String[] parts = total.split("[=/]");
            assertTrue(finalBoard.contains("<td>" + parts[0] + "</td><td>" + parts[1] + "</td><td>" + parts[2] + "</td>"),
                    "the final board on A shows " + total + ": " + finalBoard);
        }
        assertTrue(student.get(b + "/live/sessions/" + id).contains("2명 중 1위"), "the phone on B shows the same ranking");
        assertEquals("3.000/3.000", query("select score_points || '/' || max_points from attempt where live_session_id = " + id),
                "one stored attempt: three right answers, graded by the quiz's grader");
        assertEquals("1", query("select count(*) from live_answer a join live_player p on p.id = a.player_id "
                + "where a.session_id = " + id + " and p.nickname = 'Student Two' and a.question_id = 'second'"));
    }

    /** When the host's last action was sent, and how long each awaited event took to arrive after it. */
    static long lastAction;
    static final List<Long> delays = new ArrayList<>();

    private static EventStream.Event until(EventStream stream, Predicate<EventStream.Event> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            EventStream.Event event = stream.next(Duration.ofMillis(500));
            if (event != null) {
                if (wanted.test(event)) {
                    delays.add((System.nanoTime() - lastAction) / 1_000_000);
                    return event;
                }
                seen.add(event.data());
            }
        }
        throw new AssertionError("no such event within 10 s; seen: " + seen);
    }

    private static void act(Browser host, long id, String action) throws Exception {
        String page = host.get(a + "/instructor/live/" + id);
        Matcher seq = SEQ.matcher(page);
        assertTrue(seq.find(), page);
        lastAction = System.nanoTime();
        HttpResponse<String> response = host.post(a + "/instructor/live/" + id, page, Map.of("action", action, "seq", seq.group(1)));
        assertEquals(303, response.statusCode(), action + ": " + response.body());
    }

    private static String query(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
                PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            assertTrue(rows.next(), sql);
            return rows.getString(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** One browser: its cookies (valid on both instances, which share the keys), forms posted with the page's CSRF token. */
    static final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        String get(String url) throws Exception {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), url + ": " + response.body());
            return response.body();
        }

        HttpResponse<String> post(String url, String page, Map<String, String> fields) throws Exception {
            Matcher token = TOKEN.matcher(page);
            assertTrue(token.find(), "a CSRF token on " + page);
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put("csrf-token", token.group(1));
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        void signIn(String base, String username, String password) throws Exception {
            HttpResponse<String> response = post(base + "/j_security_check", get(base + "/login"),
                    Map.of("j_username", username, "j_password", password));
            assertTrue(response.statusCode() == 302 || response.statusCode() == 303, "sign-in: " + response.statusCode());
            assertTrue(!response.headers().firstValue("Location").orElse("").contains("error"), "sign-in refused for " + username);
        }

        void register(String base, String username, String name, String password) throws Exception {
            HttpResponse<String> response = post(base + "/register", get(base + "/register"), Map.of("joinCode", JOIN_CODE,
                    "username", username, "displayName", name, "password", password));
            assertEquals(303, response.statusCode(), response.body());
        }

        String cookieHeader() {
            return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        }
    }
}
