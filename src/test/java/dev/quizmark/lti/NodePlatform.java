package dev.quizmark.lti;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The second harness layer: an LTI 1.3 platform written in Node (src/test/lti-platform/platform.mjs, oidc-provider
 * and express) on loopback HTTPS with a self-signed certificate made for this test run. It signs launches with its
 * own OpenID provider, issues client-credentials tokens for private_key_jwt assertions, and records scores posted
 * to its line items. Its npm packages are installed from the lockfile on first use.
 */
final class NodePlatform implements AutoCloseable {

    static final Path FOLDER = Path.of("src/test/lti-platform").toAbsolutePath();
    static final Path TLS = Path.of("target/lti-platform-tls").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A tool the platform knows: where its login, launch and keys are, and the quiz its link opens. */
    record Tool(String clientId, String deploymentId, String loginUrl, String launchUrl, String jwksUrl, String quiz) {
    }

    final String issuer;
    private final Process process;
    private final Path log;

    /** Starts a Node script of the platform's folder; returns once it printed {@code <ready> <url>}. */
    static Started start(String script, String ready, Object config, Map<String, String> environment) throws IOException {
        installPackages();
        Path dir = Files.createDirectories(Path.of("target/lti-platform-runs").toAbsolutePath());
        Path configFile = Files.createTempFile(dir, script.replace(".mjs", "-"), ".json");
        JSON.writeValue(configFile.toFile(), config);
        Path log = Path.of(configFile.toString().replace(".json", ".log"));
        ProcessBuilder builder = new ProcessBuilder("node", script, configFile.toString()).directory(FOLDER.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    Files.writeString(log, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                    if (line.startsWith(ready + " ")) {
                        url.complete(line.substring(ready.length() + 1).trim());
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
            url.complete(null);
        }, script);
        reader.setDaemon(true);
        reader.start();
        try {
            String started = url.get(60, TimeUnit.SECONDS);
            if (started == null) {
                fail(script + " ended before it was ready: " + Files.readString(log));
            }
            return new Started(process, started, log);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException(script + " did not start; see " + log, e);
        }
    }

    /** {@code npm ci} from the lockfile, once per lockfile change (like Maven's own dependencies, fetched on first use). */
    private static synchronized void installPackages() throws IOException {
        Path lock = FOLDER.resolve("package-lock.json");
        Path installed = FOLDER.resolve("node_modules/.quizmark-installed-lock.json");
        if (Files.exists(installed) && Files.mismatch(lock, installed) == -1) {
            return;
        }
        // Not inherited: output on the test JVM's stdout would corrupt surefire's channel to its fork.
        Path log = Files.createDirectories(Path.of("target/lti-platform-runs").toAbsolutePath()).resolve("npm-ci.log");
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                .directory(FOLDER.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                fail("npm ci failed in " + FOLDER + " (Node.js and npm are needed: see README): " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        Files.copy(lock, installed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    record Started(Process process, String url, Path log) {
        void stop() {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    NodePlatform(List<Tool> tools) throws IOException {
        Path tls = tls();
        Started started = start("platform.mjs", "PLATFORM", Map.of("port", 0, "cert", tls.resolve("cert.pem").toString(),
                "key", tls.resolve("key.pem").toString(), "tools", tools),
                // It fetches the keys of tools that serve HTTPS with the same test certificate (ltijs).
                Map.of("NODE_EXTRA_CA_CERTS", tls.resolve("cert.pem").toString()));
        process = started.process();
        issuer = started.url();
        log = started.log();
    }

    /**
     * The certificate and key of the platform's HTTPS, made with openssl for 127.0.0.1 once per test run (the
     * profile of the tests that use it hands the certificate to Quizmark as trusted). Never committed.
     */
    static synchronized Path tls() {
        try {
            Path cert = TLS.resolve("cert.pem");
            if (Files.isRegularFile(cert) && Files.getLastModifiedTime(cert).toInstant().isAfter(Instant.now().minus(Duration.ofHours(12)))) {
                return TLS;
            }
            Files.createDirectories(TLS);
            Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-keyout", TLS.resolve("key.pem").toString(), "-out", cert.toString(), "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost").redirectErrorStream(true).start();
            String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!openssl.waitFor(60, TimeUnit.SECONDS) || openssl.exitValue() != 0) {
                throw new IllegalStateException("openssl failed: " + output);
            }
            return TLS;
        } catch (IOException e) {
            throw new IllegalStateException("openssl is needed for the LTI platform's certificate (.ci/run installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A launch the platform's course page offers: a user of a course clicking a link; returns its message hint. */
    String launch(String clientId, String user, String course, String link) {
        return launch(clientId, user, course, link, "iframe");
    }

    /** @param target "iframe" (the course page embeds the tool) or "window" (a link the student follows) */
    String launch(String clientId, String user, String course, String link, String target) {
        return given().relaxedHTTPSValidation().contentType("application/json")
                .body(Map.of("clientId", clientId, "user", user, "course", course, "link", link, "target", target))
                .post(issuer + "/control/launches").then().statusCode(200).extract().path("hint");
    }

    /** The platform's scores endpoint answers with this status (503: the platform is down). */
    void scoreStatus(int status) {
        given().relaxedHTTPSValidation().contentType("application/json").body(Map.of("status", status))
                .post(issuer + "/control/score-status").then().statusCode(200);
    }

    /** Every score the platform accepted, in order: clientId, course, link, query and the posted body. */
    List<JsonNode> scores() throws IOException {
        String body = given().relaxedHTTPSValidation().get(issuer + "/control/scores").then().statusCode(200).extract().asString();
        List<JsonNode> scores = new ArrayList<>();
        JSON.readTree(body).forEach(scores::add);
        return scores;
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() {
        new Started(process, issuer, log).stop();
        assertEquals(false, process.isAlive(), "the Node platform stopped");
    }
}
