package dev.quizmark.quiz;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Parses one quiz file (docs/quiz-format.md) into a {@link Quiz}, or reports every problem in it as
 * {@code path:line: message}.
 */
public final class QuizFileParser {

    /** Exactly one of {@code quiz} and a non-empty {@code problems} is set. */
    public record Result(Quiz quiz, List<QuizProblem> problems) {
        public boolean ok() {
            return quiz != null;
        }
    }

    private final Function<String, Optional<String>> readingText;
    private final boolean checkQuotes;

    /** @param readingText the body text of a reading passage by its path, for checking Source: quotes */
    public QuizFileParser(Function<String, Optional<String>> readingText) {
        this(readingText, true);
    }

    private QuizFileParser(Function<String, Optional<String>> readingText, boolean checkQuotes) {
        this.readingText = readingText;
        this.checkQuotes = checkQuotes;
    }

    /**
     * Checks that the reading passages exist but leaves the Source: quotes to {@code ./quizmark lint}, which
     * reports a quote no longer in its edited passage as a stale question.
     */
    public static QuizFileParser withoutQuoteChecks(Function<String, Optional<String>> readingText) {
        return new QuizFileParser(readingText, false);
    }

    /**
     * For re-reading stored versions to grade them: those were validated when loaded, and the reading
     * passages may have changed since.
     */
    public static QuizFileParser withoutReadingChecks() {
        return new QuizFileParser(null);
    }

    public Result parse(String path, byte[] bytes) {
        Problems problems = new Problems(path);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(1, "file is not readable UTF-8 text: save it with UTF-8 encoding");
            return new Result(null, problems.sorted());
        }
        List<String> lines = text.replaceFirst("^\uFEFF", "").lines().toList();
        FrontMatter frontMatter;
        try {
            frontMatter = FrontMatter.read(lines);
        } catch (QuizFormatException e) {
            problems.add(e.line(), e.getMessage());
            frontMatter = FrontMatter.EMPTY;
        }
        if (frontMatter == FrontMatter.EMPTY && problems.isEmpty()) {
            problems.add(1, "missing front matter: start the file with --- and a title: setting");
        }
        SettingsReader settingsReader = new SettingsReader(frontMatter, problems);
        String id = settingsReader.id(path.substring(path.lastIndexOf('/') + 1));
        QuizSettings settings = settingsReader.read();
        List<Question> questions = questions(lines, FrontMatter.lineCount(lines), problems, settings.readings());
        checkReadings(settings, settingsReader.readingLines, questions, problems);
        if (!problems.isEmpty()) {
            return new Result(null, problems.sorted());
        }
        return new Result(new Quiz(id, path, versionHash(id, bytes), settings, List.copyOf(questions)), List.of());
    }

    private static List<Question> questions(List<String> lines, int bodyOffset, Problems problems, List<String> readings) {
        // Blank the front matter instead of cutting it, so commonmark's line numbers are file line numbers.
        List<String> body = new ArrayList<>(lines);
        for (int i = 0; i < bodyOffset; i++) {
            body.set(i, "");
        }
        Node document = MarkdownRenderer.PARSER.parse(String.join("\n", body));
        QuestionReader reader = new QuestionReader(lines, problems, readings);
        List<Question> questions = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        Node heading = null;
        List<Node> section = new ArrayList<>();
        for (Node node = document.getFirstChild(); ; node = node.getNext()) {
            if (node == null || node instanceof Heading h && h.getLevel() == 2) {
                if (heading != null) {
                    Question question = reader.read(questions.size() + 1, heading, section);
                    Integer earlier = idLines.putIfAbsent(question.id(), question.line());
                    if (earlier != null) {
                        problems.add(question.line(), "duplicate question id '" + question.id() + "' (first used on line " + earlier + ")");
                    }
                    questions.add(question);
                }
                if (node == null) {
                    break;
                }
                heading = node;
                section = new ArrayList<>();
            } else if (heading != null) {
                section.add(node);
            }
        }
        if (questions.isEmpty()) {
            problems.add(Math.max(1, bodyOffset), "quiz has no questions: start each question with a ## heading");
        }
        return questions;
    }

    private void checkReadings(QuizSettings settings, Map<String, Integer> readingLines, List<Question> questions,
            Problems problems) {
        if (readingText == null) {
            return;
        }
        Map<String, String> texts = new HashMap<>();
        for (String reading : settings.readings()) {
            Optional<String> text = readingText.apply(reading);
            if (text.isEmpty()) {
                problems.add(readingLines.getOrDefault(reading, 1), "reading passage " + reading + " not found in the quizzes folder");
            } else {
                texts.put(reading, normalise(text.get()));
            }
        }
        for (Question question : questions) {
            String reading = settings.readingFor(question.reading());
            String passage = reading == null ? null : texts.get(reading);
            if (checkQuotes && question.sourceQuote() != null && passage != null && !passage.contains(normalise(question.sourceQuote()))) {
                problems.add(question.line(), "Source: quote of question '" + question.id() + "' not found verbatim in " + reading);
            }
        }
    }

    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * A version's key in quiz_version: the content and the quiz it belongs to, so a copy of a quiz under
     * another id is a version of its own quiz, not of the original.
     */
    static String versionHash(String quizId, byte[] bytes) {
        byte[] id = (quizId + "\0").getBytes(StandardCharsets.UTF_8);
        byte[] keyed = new byte[id.length + bytes.length];
        System.arraycopy(id, 0, keyed, 0, id.length);
        System.arraycopy(bytes, 0, keyed, id.length, bytes.length);
        return sha256(keyed);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
