package dev.quizmark.quiz;

import dev.quizmark.lint.LintCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command line for instructors, run through the {@code ./quizmark} script; no server or database needed.
 * {@code gift2md FILE} prints a Moodle GIFT file converted to the Markdown format.
 * {@code validate PATH...} checks quiz files (a folder is searched recursively; its readings/ subfolder holds
 * the reading passages) and exits 1 when any file has a problem. {@code lint [--strict] [--json] PATH...} looks
 * for quality problems in valid files ({@link LintCommand}).
 */
public final class QuizmarkCli {

    private QuizmarkCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 2 && args[0].equals("gift2md")) {
            return giftToMarkdown(Path.of(args[1]), out, err);
        }
        if (args.length >= 1 && args[0].equals("lint")) {
            return LintCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (args.length < 2 || !args[0].equals("validate")) {
            err.println("usage: quizmark validate <quizzes-folder-or-file>...\n"
                    + "       quizmark lint [--strict] [--json] <quizzes-folder-or-file>...\n"
                    + "       quizmark gift2md <file.gift>");
            return 2;
        }
        int files = 0;
        int problems = 0;
        for (int i = 1; i < args.length; i++) {
            Path target = Path.of(args[i]);
            Path root = Files.isDirectory(target) ? target : target.toAbsolutePath().getParent();
            QuizFileParser parser = new QuizFileParser(new ReadingLibrary(root)::text);
            for (Path file : quizFiles(target, err)) {
                files++;
                problems += validate(parser, root, file, out);
            }
        }
        out.println(files + (files == 1 ? " file, " : " files, ") + problems + (problems == 1 ? " problem" : " problems"));
        return problems == 0 && files > 0 ? 0 : 1;
    }

    private static int giftToMarkdown(Path file, PrintStream out, PrintStream err) {
        try {
            GiftToMarkdownConverter.Result result = GiftToMarkdownConverter.convert(file.toString().replace('\\', '/'),
                    Files.readString(file));
            result.problems().forEach(err::println);
            if (!result.problems().isEmpty()) {
                return 1;
            }
            out.print(result.markdown());
            return 0;
        } catch (IOException e) {
            err.println(file + ":1: cannot read file: " + e.getMessage());
            return 1;
        }
    }

    /** Prints each problem with the file's path as the user can open it; returns how many there were. */
    private static int validate(QuizFileParser parser, Path root, Path file, PrintStream out) {
        String relative = root.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
        try {
            List<QuizProblem> found = parser.parse(relative, Files.readAllBytes(file)).problems();
            found.forEach(problem -> out.println(file.toString().replace('\\', '/') + ":" + problem.line() + ": " + problem.message()));
            return found.size();
        } catch (IOException e) {
            out.println(file + ":1: cannot read file: " + e.getMessage());
            return 1;
        }
    }

    /** The quiz files of a file or folder argument: *.md, recursively, outside the folder's readings/. */
    public static List<Path> quizFiles(Path target, PrintStream err) {
        if (Files.isRegularFile(target)) {
            return List.of(target);
        }
        if (!Files.isDirectory(target)) {
            err.println(target + ": no such file or folder");
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(target)) {
            List<Path> files = new ArrayList<>();
            walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !target.relativize(p).toString().replace('\\', '/').startsWith("readings/"))
                    .sorted().forEach(files::add);
            return files;
        } catch (IOException e) {
            err.println(target + ": " + e.getMessage());
            return List.of();
        }
    }
}
