package dev.quizmark.quiz.exchange;

import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizFileParser;
import dev.quizmark.quiz.QuizProblem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Imports a question bank (GIFT or Moodle XML) as a quiz: decodes the file, reads its questions, writes them as
 * quiz Markdown and checks that with the quiz parser. A question the parser refuses (Quizmark needs something
 * Moodle does not, like a right answer) is reported at its line in the bank and left out; the rest converts.
 * Every problem carries a line of the bank, never of the converted Markdown.
 *
 * @see GiftReader
 * @see MoodleXmlReader
 */
public final class QuestionBankImport {

    /**
     * @param markdown  the quiz file (the questions that convert)
     * @param quiz      the parsed quiz, or null when no question converted
     * @param questions the converted questions as read from the bank, in the quiz's order
     * @param problems  every question left out and every other problem, with the bank's lines
     */
    public record Result(String markdown, Quiz quiz, List<ExchangeQuestion> questions, List<QuizProblem> problems) {
    }

    private QuestionBankImport() {
    }

    /** Whether a file name is a question bank this class imports. */
    public static boolean isBank(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".gift") || lower.endsWith(".xml");
    }

    public static Result read(String path, byte[] bytes) {
        TextFileDecoder.Decoded decoded = TextFileDecoder.decode(path, bytes);
        List<QuizProblem> problems = new ArrayList<>(decoded.problems());
        List<ExchangeQuestion> questions;
        if (path.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            MoodleXmlReader.Result read = MoodleXmlReader.read(path, decoded.text());
            questions = read.questions();
            problems.addAll(read.problems());
        } else {
            GiftReader.Result read = GiftReader.read(path, decoded.text());
            questions = read.questions();
            problems.addAll(read.problems());
        }
        return convert(path, questions, problems);
    }

    static Result convert(String path, List<ExchangeQuestion> read, List<QuizProblem> problems) {
        String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
        String id = MarkdownQuizWriter.quizId(name);
        List<ExchangeQuestion> kept = new ArrayList<>(read);
        QuizFileParser parser = new QuizFileParser(reading -> Optional.empty());
        while (true) {
            MarkdownQuizWriter.Written written = MarkdownQuizWriter.write(id, name, kept);
            if (kept.isEmpty()) {
                if (problems.isEmpty()) {
                    problems.add(new QuizProblem(path, 1, "the file has no questions"));
                }
                return new Result(written.markdown(), null, List.of(), sorted(problems));
            }
            QuizFileParser.Result parsed = parser.parse(path, written.markdown().getBytes(StandardCharsets.UTF_8));
            if (parsed.ok()) {
                return new Result(written.markdown(), parsed.quiz(), List.copyOf(kept), sorted(problems));
            }
            TreeSet<Integer> refused = new TreeSet<>();
            for (QuizProblem problem : parsed.problems()) {
                int index = questionAt(written.questionLines(), problem.line());
                int line = index < 0 ? 1 : kept.get(index).line();
                problems.add(new QuizProblem(path, line, problem.message()));
                if (index >= 0) {
                    refused.add(index);
                }
            }
            if (refused.isEmpty()) {
                return new Result(written.markdown(), null, List.of(), sorted(problems));
            }
            for (int index : refused.descendingSet()) {
                kept.remove(index);
            }
        }
    }

    private static int questionAt(List<int[]> lines, int line) {
        for (int i = 0; i < lines.size(); i++) {
            if (line >= lines.get(i)[0] && line <= lines.get(i)[1]) {
                return i;
            }
        }
        return -1;
    }

    private static List<QuizProblem> sorted(List<QuizProblem> problems) {
        return problems.stream().distinct().sorted(java.util.Comparator.comparingInt(QuizProblem::line)).toList();
    }
}
