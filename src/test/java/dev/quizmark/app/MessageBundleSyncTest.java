package dev.quizmark.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message bundle interface, its Korean and English files and its uses agree: the same keys in both
 * languages, no key without a method, and no message that no template or class uses.
 */
class MessageBundleSyncTest {

    private static final Path JAVA = Path.of("src/main/java");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path MESSAGES = Path.of("src/main/resources/messages");

    @Test
    void koreanAndEnglishHaveExactlyTheBundlesKeys() throws Exception {
        List<String> drift = new ArrayList<>();
        for (Class<?> bundle : bundles()) {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            Set<String> methods = methods(bundle);
            for (String language : List.of("ko", "en")) {
                Set<String> keys = keys(MESSAGES.resolve(name + "_" + language + ".properties"));
                difference(methods, keys).forEach(k -> drift.add(name + "_" + language + ": missing " + k));
                difference(keys, methods).forEach(k -> drift.add(name + "_" + language + ": no method for " + k));
            }
        }
        assertEquals(List.of(), drift);
    }

    @Test
    void everyMessageIsUsed() throws Exception {
        String templates = readAll(TEMPLATES, ".html") + readAll(TEMPLATES, ".txt");
        String java = readAll(JAVA, ".java");
        List<String> unused = new ArrayList<>();
        for (Class<?> bundle : bundles()) {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            for (String method : methods(bundle)) {
                boolean inTemplate = Pattern.compile("\\b" + name + ":" + method + "\\b").matcher(templates).find();
                boolean inJava = Pattern.compile("(\\." + method + "\\(|::" + method + "\\b)").matcher(java).find();
                if (!inTemplate && !inJava) {
                    unused.add(name + ":" + method);
                }
            }
        }
        assertEquals(List.of(), unused, "messages no template or class uses");
    }

    private static List<Class<?>> bundles() throws IOException, ClassNotFoundException {
        List<Class<?>> bundles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (Files.readString(file).contains("@MessageBundle(")) {
                    String className = JAVA.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                    bundles.add(Class.forName(className));
                }
            }
        }
        assertFalse(bundles.isEmpty());
        return bundles;
    }

    private static Set<String> methods(Class<?> bundle) {
        return Stream.of(bundle.getDeclaredMethods()).filter(m -> !m.isDefault() && !m.isSynthetic())
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static String readAll(Path root, String suffix) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }
}
