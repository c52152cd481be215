package dev.quizmark.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.quizmark.quiz.QuizFileParser;
import dev.quizmark.quiz.QuizmarkCli;
import dev.quizmark.quiz.ReadingLibrary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code ./quizmark lint [--strict] [--json] PATH...}: validates each quiz file (problems are errors), lints
 * the valid ones and prints every finding as {@code path:line: severity: message [rule]}, then the readings'
 * coverage. Exits 1 on any error, with {@code --strict} also on any warning; {@code --json} prints one JSON
 * document instead, for CI.
 */
public final class LintCommand {

    static final String VALIDATE = "validate";

    private LintCommand() {
    }

    /** The JSON output; findings and coverage as in the text output. */
    record JsonReport(int files, long errors, long warnings, List<JsonFinding> findings, List<JsonCoverage> coverage) {
    }

    record JsonFinding(String path, int line, String severity, String rule, String message, String question) {
    }

    record JsonCoverage(String reading, int paragraphs, int cited, List<ReadingCoverage.Paragraph> uncited) {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean strict = false;
        boolean json = false;
        List<Path> targets = new ArrayList<>();
        for (String arg : args) {
            switch (arg) {
                case "--strict" -> strict = true;
                case "--json" -> json = true;
                default -> {
                    if (arg.startsWith("--")) {
                        err.println("unknown option " + arg + "\nusage: quizmark lint [--strict] [--json] <quizzes-folder-or-file>...");
                        return 2;
                    }
                    targets.add(Path.of(arg));
                }
            }
        }
        if (targets.isEmpty()) {
            err.println("usage: quizmark lint [--strict] [--json] <quizzes-folder-or-file>...");
            return 2;
        }
        int files = 0;
        List<Finding> findings = new ArrayList<>();
        List<ReadingCoverage> coverage = new ArrayList<>();
        for (Path target : targets) {
            // The folder that holds readings/: the folder given, or the quiz file's folder.
            Path root = Files.isDirectory(target) ? target : target.getParent() == null ? Path.of(".") : target.getParent();
            List<Path> quizFiles = QuizmarkCli.quizFiles(target, err);
            files += quizFiles.size();
            LintReport report = lintFolder(root, quizFiles);
            findings.addAll(report.findings());
            coverage.addAll(report.coverage());
        }
        findings.sort(Comparator.comparing(Finding::path).thenComparingInt(Finding::line));
        LintReport report = new LintReport(findings, coverage);
        if (json) {
            out.println(json(files, report));
        } else {
            print(files, report, out);
        }
        return files > 0 && report.passes(strict) ? 0 : 1;
    }

    /** Validates and lints the quiz files of one folder (the folder that holds readings/). */
    static LintReport lintFolder(Path root, List<Path> quizFiles) {
        ReadingLibrary library = new ReadingLibrary(root.toAbsolutePath());
        QuizFileParser parser = QuizFileParser.withoutQuoteChecks(library::text);
        List<Finding> problems = new ArrayList<>();
        List<LintTarget> valid = new ArrayList<>();
        for (Path file : quizFiles) {
            String path = file.toString().replace('\\', '/');
            String relative = root.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
            try {
                byte[] bytes = Files.readAllBytes(file);
                QuizFileParser.Result result = parser.parse(relative, bytes);
                if (result.ok()) {
                    valid.add(new LintTarget(result.quiz(), path, new String(bytes, StandardCharsets.UTF_8)));
                } else {
                    result.problems().forEach(p -> problems.add(new Finding(path, p.line(), Severity.ERROR, VALIDATE, p.message(), null)));
                }
            } catch (IOException e) {
                problems.add(new Finding(path, 1, Severity.ERROR, VALIDATE, "cannot read file: " + e.getMessage(), null));
            }
        }
        LintReport linted = new QuizLinter(library::fileText, reading -> root.resolve(reading).normalize().toString().replace('\\', '/'))
                .lint(valid);
        problems.addAll(linted.findings());
        return new LintReport(problems, linted.coverage());
    }

    private static void print(int files, LintReport report, PrintStream out) {
        report.findings().forEach(out::println);
        for (ReadingCoverage reading : report.coverage()) {
            out.println("coverage: " + reading.path() + ": " + reading.cited() + " of " + reading.paragraphs() + " paragraphs cited");
            reading.uncited().forEach(p -> out.println("  " + reading.path() + ":" + p.line() + ": not cited: \"" + p.excerpt() + "\""));
        }
        out.println(files + (files == 1 ? " file, " : " files, ") + count(report.errors(), "error") + ", "
                + count(report.warnings(), "warning"));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String json(int files, LintReport report) {
        List<JsonFinding> findings = report.findings().stream().map(f -> new JsonFinding(f.path(), f.line(),
                f.severity().label(), f.rule(), f.message(), f.questionId())).toList();
        List<JsonCoverage> coverage = report.coverage().stream().map(c -> new JsonCoverage(c.path(), c.paragraphs(),
                c.cited(), c.uncited())).toList();
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(new JsonReport(files, report.errors(), report.warnings(), findings, coverage));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lint results are plain records and always serialise", e);
        }
    }
}
