import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The container's health check, compiled in the image's build stage: the runtime image has a JRE and /bin/sh
 * but no guaranteed curl, wget or bash (whose /dev/tcp sh lacks). Exits 0 when the URL answers 200 with "UP".
 */
public final class HealthCheck {
    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:8080/q/health/ready";
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(2000);
            int status = connection.getResponseCode();
            String body = new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            System.exit(status == 200 && body.contains("UP") ? 0 : 1);
        } catch (Exception e) {
            System.err.println(e);
            System.exit(1);
        }
    }
}
