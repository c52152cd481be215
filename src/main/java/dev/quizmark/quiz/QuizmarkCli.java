package dev.quizmark.quiz;

import dev.quizmark.lint.LintCommand;
import dev.quizmark.quiz.exchange.ExportCommand;
import dev.quizmark.quiz.exchange.QuestionBankImport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command line for instructors, run through the {@code ./quizmark} script; no server or database needed.
 * {@code validate PATH...} checks quiz files ({@code *.md}) and question banks ({@code *.gift}, {@code *.xml}) as
 * the server loads them (a folder is searched recursively; its readings/ subfolder holds the reading passages),
 * including two files with one quiz id, and exits 1 when any file has a problem. {@code import FILE} (alias
 * {@code gift2md}) prints a GIFT or Moodle XML bank converted to the Markdown format; {@code export --format
 * json|gift|moodle-xml PATH} prints a quiz in another format ({@link ExportCommand}). {@code lint [--strict]
 * [--json] PATH...} looks for quality problems in valid files ({@link LintCommand}).
 */
public final class QuizmarkCli {

    private QuizmarkCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 2 && (args[0].equals("gift2md") || args[0].equals("import"))) {
            return importBank(Path.of(args[1]), out, err);
        }
        if (args.length >= 1 && args[0].equals("lint")) {
            return LintCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (args.length >= 1 && args[0].equals("export")) {
            return ExportCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (args.length < 2 || !args[0].equals("validate")) {
            err.println("usage: quizmark validate <quizzes-folder-or-file>...\n"
                    + "       quizmark lint [--strict] [--json] <quizzes-folder-or-file>...\n"
                    + "       quizmark import <file.gift|file.xml>          (Markdown on standard output)\n"
                    + "       quizmark export [--format json|gift|moodle-xml] [--out <folder>] <quiz-file-or-folder>");
            return 2;
        }
        int files = 0;
        int problems = 0;
        Map<String, String> ids = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            Path target = Path.of(args[i]);
            Path root = Files.isDirectory(target) ? target : target.toAbsolutePath().getParent();
            QuizFileParser parser = new QuizFileParser(new ReadingLibrary(root)::text);
            for (Path file : sourceFiles(target, err)) {
                files++;
                Loaded loaded = load(parser, root, file);
                String shown = file.toString().replace('\\', '/');
                loaded.problems().forEach(problem -> out.println(shown + ":" + problem.line() + ": " + problem.message()));
                problems += loaded.problems().size();
                if (loaded.quiz() != null) {
                    String other = ids.putIfAbsent(loaded.quiz().id(), shown);
                    if (other != null) {
                        out.println(shown + ":1: quiz id '" + loaded.quiz().id() + "' is already used by " + other
                                + ": the server loads only one of them; give this quiz its own id");
                        problems++;
                    }
                }
            }
        }
        out.println(files + (files == 1 ? " file, " : " files, ") + problems + (problems == 1 ? " problem" : " problems"));
        return problems == 0 && files > 0 ? 0 : 1;
    }

    private static int importBank(Path file, PrintStream out, PrintStream err) {
        try {
            QuestionBankImport.Result result = QuestionBankImport.read(file.toString().replace('\\', '/'), Files.readAllBytes(file));
            result.problems().forEach(err::println);
            if (result.quiz() != null) {
                out.print(result.markdown());
            }
            return result.problems().isEmpty() ? 0 : 1;
        } catch (IOException e) {
            err.println(file + ":1: cannot read file: " + e.getMessage());
            return 1;
        }
    }

    /** A quiz as the server loads it from a file, or its problems (lines of that file). */
    public record Loaded(Quiz quiz, List<QuizProblem> problems) {
    }

    /** Loads a quiz file or question bank as the server does: a bank with any problem does not load. */
    public static Loaded load(QuizFileParser parser, Path root, Path file) {
        String relative = root.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (QuestionBankImport.isBank(relative)) {
                QuestionBankImport.Result result = QuestionBankImport.read(relative, bytes);
                return new Loaded(result.problems().isEmpty() ? result.quiz() : null, result.problems());
            }
            QuizFileParser.Result result = parser.parse(relative, bytes);
            return new Loaded(result.quiz(), result.problems());
        } catch (IOException e) {
            return new Loaded(null, List.of(new QuizProblem(relative, 1, "cannot read file: " + e.getMessage())));
        }
    }

    /** Quiz files and question banks of a file or folder argument, as the server loads them. */
    public static List<Path> sourceFiles(Path target, PrintStream err) {
        return files(target, err, p -> p.endsWith(".md") || QuestionBankImport.isBank(p));
    }

    /** The quiz files of a file or folder argument: *.md, recursively, outside the folder's readings/. */
    public static List<Path> quizFiles(Path target, PrintStream err) {
        return files(target, err, p -> p.endsWith(".md"));
    }

    private static List<Path> files(Path target, PrintStream err, java.util.function.Predicate<String> wanted) {
        if (Files.isRegularFile(target)) {
            return List.of(target);
        }
        if (!Files.isDirectory(target)) {
            err.println(target + ": no such file or folder");
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(target)) {
            List<Path> files = new ArrayList<>();
            walk.filter(Files::isRegularFile).filter(p -> wanted.test(p.toString()))
                    .filter(p -> !target.relativize(p).toString().replace('\\', '/').startsWith("readings/"))
                    .sorted().forEach(files::add);
            return files;
        } catch (IOException e) {
            err.println(target + ": " + e.getMessage());
            return List.of();
        }
    }
}
