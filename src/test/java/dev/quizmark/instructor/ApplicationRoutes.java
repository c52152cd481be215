package dev.quizmark.instructor;

import dev.quizmark.app.HomeResource;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The application's routes as "METHOD /template", read by reflection from every {@code @Path} class under
 * dev.quizmark in the compiled classes: class path plus method path, for each method annotated with an HTTP
 * method ({@code @GET}, {@code @POST}, …, anything meta-annotated {@link HttpMethod}).
 */
final class ApplicationRoutes {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*(\\w+)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})+))?\\}");

    private ApplicationRoutes() {
    }

    static List<String> all() {
        List<String> routes = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                for (Annotation annotation : method.getAnnotations()) {
                    HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        Path sub = method.getAnnotation(Path.class);
                        routes.add(http.value() + " " + join(base, sub == null ? "" : sub.value()));
                    }
                }
            }
        }
        return routes.stream().distinct().sorted().toList();
    }

    /** A regular expression for "METHOD /path" rows that a route template matches. */
    static Pattern pattern(String route) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(route);
        int at = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(route.substring(at, parameter.start())));
            regex.append(parameter.group(2) == null ? "[^/]+" : "(?:" + parameter.group(2).trim() + ")");
            at = parameter.end();
        }
        regex.append(Pattern.quote(route.substring(at)));
        return Pattern.compile(regex.toString());
    }

    private static String join(String base, String sub) {
        String path = Stream.of(trim(base), trim(sub)).filter(part -> !part.isEmpty())
                .reduce("", (joined, part) -> joined + "/" + part);
        return path.isEmpty() ? "/" : path;
    }

    private static String trim(String part) {
        return part.replaceAll("^/+|/+$", "");
    }

    private static List<Class<?>> resourceClasses() {
        java.nio.file.Path root;
        try {
            root = java.nio.file.Path.of(HomeResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> types = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("dev/quizmark"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, HomeResource.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    types.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return types;
    }
}
