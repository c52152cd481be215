package dev.quizmark.quiz.exchange;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizFileParser;
import dev.quizmark.quiz.QuizProblem;
import dev.quizmark.quiz.QuizmarkCli;
import dev.quizmark.quiz.ReadingLibrary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code quizmark export [--format json|gift|moodle-xml] [--out FOLDER] PATH}: quizzes as the server parses them, in
 * another format. One file goes to standard output; for a folder, JSON is one array on standard output and GIFT or
 * Moodle XML is one file per quiz in {@code --out}. Files with problems are reported and skipped (exit 1); what a
 * format cannot hold is reported with its line.
 */
public final class ExportCommand {

    private ExportCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String format = "json";
        Path outFolder = null;
        Path target = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--format") && i + 1 < args.length) {
                format = args[++i];
            } else if (args[i].equals("--out") && i + 1 < args.length) {
                outFolder = Path.of(args[++i]);
            } else if (target == null && !args[i].startsWith("--")) {
                target = Path.of(args[i]);
            } else {
                target = null;
                break;
            }
        }
        if (target == null || !List.of("json", "gift", "moodle-xml").contains(format)) {
            err.println("usage: quizmark export [--format json|gift|moodle-xml] [--out <folder>] <quiz-file-or-folder>");
            return 2;
        }
        boolean folder = Files.isDirectory(target);
        if (folder && !format.equals("json") && outFolder == null) {
            err.println("export of a folder as " + format + " writes one file per quiz: give --out <folder>");
            return 2;
        }
        Path root = folder ? target : target.toAbsolutePath().getParent();
        QuizFileParser parser = new QuizFileParser(new ReadingLibrary(root)::text);
        List<Quiz> quizzes = new ArrayList<>();
        boolean failed = false;
        for (Path file : QuizmarkCli.sourceFiles(target, err)) {
            QuizmarkCli.Loaded loaded = QuizmarkCli.load(parser, root, file);
            loaded.problems().forEach(p -> err.println(file.toString().replace('\\', '/') + ":" + p.line() + ": " + p.message()));
            failed |= !loaded.problems().isEmpty();
            if (loaded.quiz() != null) {
                quizzes.add(loaded.quiz());
            }
        }
        try {
            for (Quiz quiz : quizzes) {
                if (format.equals("json")) {
                    continue;
                }
                String text;
                List<QuizProblem> lost;
                if (format.equals("gift")) {
                    GiftWriter.Result written = GiftWriter.write(quiz);
                    text = written.gift();
                    lost = written.problems();
                } else {
                    MoodleXmlWriter.Result written = MoodleXmlWriter.write(quiz);
                    text = written.xml();
                    lost = written.problems();
                }
                lost.forEach(p -> err.println(root.resolve(p.path()).toString().replace('\\', '/') + ":" + p.line() + ": " + p.message()));
                if (folder) {
                    Files.createDirectories(outFolder);
                    Files.writeString(outFolder.resolve(quiz.id() + (format.equals("gift") ? ".gift" : ".xml")), text, StandardCharsets.UTF_8);
                } else {
                    out.print(text);
                }
            }
            if (format.equals("json")) {
                out.print(folder ? QuizJsonWriter.writeAll(quizzes) : quizzes.isEmpty() ? "" : QuizJsonWriter.write(quizzes.get(0)));
            }
        } catch (IOException e) {
            err.println(outFolder + ": " + e.getMessage());
            return 1;
        }
        return failed || quizzes.isEmpty() ? 1 : 0;
    }
}
