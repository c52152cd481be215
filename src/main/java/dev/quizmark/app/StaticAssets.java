package dev.quizmark.app;

import io.quarkus.qute.TemplateExtension;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The style sheet, scripts and favicon under content-hashed names ({@code /assets/quizmark.3f2a9c1e0b.css}) with
 * {@code Cache-Control: public, max-age=31536000, immutable}: a phone on flaky Wi-Fi keeps them for a year without
 * asking again, and a new build with a changed file has a new name, so nobody runs yesterday's script. Pages link
 * them with {@code {asset:url('quizmark.css')}}. The hash is the first 10 hex digits of the file's SHA-256, computed
 * once from the class path; a name whose hash is not the current one is not found (an old page reloads anyway).
 * The live pages' htmx and its SSE extension come from their webjars the same way ({@code {asset:url('htmx.min.js')}}),
 * found under the version the build resolved (the webjar's pom.properties), so the templates name no version.
 * Every template links its static files through this helper (StaticAssetsTest checks); the plain names
 * ({@code /quizmark.css}) are still served by Quarkus, for a page cached from before a deployment.
 */
@ApplicationScoped
public class StaticAssets {

    /** Files under META-INF/resources/ served with a hashed name. */
    static final List<String> FILES = List.of("quizmark.css", "attempt.js", "live.js", "lti-return.js", "favicon.svg");

    /** Files from webjars (org.webjars.npm) served with a hashed name: name → artifact and path inside its version. */
    static final Map<String, List<String>> WEBJARS = Map.of("htmx.min.js", List.of("htmx.org", "dist/htmx.min.js"),
            "sse.js", List.of("htmx-ext-sse", "sse.js"));

    static final String PREFIX = "/assets/";
    static final String CACHE = "public, max-age=31536000, immutable";

    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8", "svg", "image/svg+xml");

    record Asset(String name, String hashedName, String type, Buffer content) {
    }

    /** By hashed name; built on first use (template extensions are static, the route needs it too). */
    private static final class Holder {
        static final Map<String, Asset> BY_NAME = Stream.concat(
                FILES.stream().map(name -> load(name, "META-INF/resources/" + name)),
                WEBJARS.entrySet().stream().map(e -> load(e.getKey(), webjarResource(e.getValue().get(0), e.getValue().get(1)))))
                .collect(Collectors.toUnmodifiableMap(Asset::name, Function.identity()));
        static final Map<String, Asset> BY_HASHED_NAME = BY_NAME.values().stream()
                .collect(Collectors.toUnmodifiableMap(Asset::hashedName, Function.identity()));
    }

    /** {@code {asset:url('quizmark.css')}}: the file's hashed address. */
    @TemplateExtension(namespace = "asset")
    public static String url(String name) {
        Asset asset = Holder.BY_NAME.get(name);
        if (asset == null) {
            throw new IllegalArgumentException("not a hashed static file: " + name + " (StaticAssets.FILES, WEBJARS)");
        }
        return PREFIX + asset.hashedName();
    }

    void register(@Observes Router router) {
        router.get(PREFIX + ":file").handler(this::serve);
    }

    private void serve(RoutingContext context) {
        Asset asset = Holder.BY_HASHED_NAME.get(context.pathParam("file"));
        if (asset == null) {
            context.next();
            return;
        }
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, asset.type()).putHeader(HttpHeaders.CACHE_CONTROL, CACHE)
                .end(asset.content());
    }

    /** The class path resource of a file in an org.webjars.npm webjar, under the version on the class path. */
    private static String webjarResource(String artifact, String path) {
        String pom = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(pom)) {
            if (in == null) {
                throw new IllegalStateException("webjar missing from the class path: " + artifact);
            }
            Properties properties = new Properties();
            properties.load(in);
            return "META-INF/resources/webjars/" + artifact + "/" + properties.getProperty("version") + "/" + path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Asset load(String name, String resource) {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("static file missing from the class path: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
            int dot = name.lastIndexOf('.');
            String hashed = name.substring(0, dot) + "." + hash + name.substring(dot);
            return new Asset(name, hashed, TYPES.get(name.substring(dot + 1)), Buffer.buffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
