package dev.quizmark.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.attempt.AttemptGrader;
import dev.quizmark.question.Choice;
import dev.quizmark.question.Cloze;
import dev.quizmark.question.KindSyntax;
import dev.quizmark.question.Matching;
import dev.quizmark.question.MultipleChoice;
import dev.quizmark.question.NumericAnswer;
import dev.quizmark.question.Ordering;
import dev.quizmark.question.QuestionKind;
import dev.quizmark.question.QuestionKinds;
import dev.quizmark.question.ShortAnswer;
import dev.quizmark.question.SingleChoice;
import dev.quizmark.question.TrueFalse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The article quizzes shipped in quizzes/: valid, tied to their readings, and gradable question by question. */
class ShippedQuizContentTest {

    private static final Set<String> DIFFICULTIES = Set.of("easy", "medium", "hard");

    static Stream<Quiz> shippedQuizzes() throws IOException {
        List<Quiz> quizzes = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("quizzes"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                QuizFileParser.Result result = new QuizFileParser(QuizTestFiles::readingFromQuizzesFolder)
                        .parse(file.getFileName().toString(), Files.readAllBytes(file));
                assertEquals(List.of(), result.problems(), file.toString());
                quizzes.add(result.quiz());
            }
        }
        return quizzes.stream();
    }

    @Test
    void fourQuizzesUseAllEightTypes() throws IOException {
        List<Quiz> quizzes = shippedQuizzes().toList();
        assertEquals(Set.of("deepseek-r2-delay", "deepseek-data-scarcity", "deepseek-open-source", "deepseek-final-review"),
                quizzes.stream().map(Quiz::id).collect(Collectors.toSet()));
        Set<String> types = quizzes.stream().flatMap(q -> q.questions().stream()).map(q -> q.kind().typeName())
                .collect(Collectors.toSet());
        assertEquals(QuestionKinds.ALL.stream().map(KindSyntax::typeName).collect(Collectors.toSet()), types);
    }

    @ParameterizedTest
    @MethodSource("shippedQuizzes")
    void everyQuestionIsTaggedExplainedAndSourced(Quiz quiz) {
        assertTrue(quiz.questions().size() >= 10, quiz.id() + " has " + quiz.questions().size() + " questions");
        assertTrue(quiz.questions().stream().map(q -> q.kind().typeName()).distinct().count() >= 5, quiz.id());
        assertEquals("ko", quiz.settings().language());
        for (Question q : quiz.questions()) {
            String where = quiz.id() + "#" + q.id();
            assertTrue(DIFFICULTIES.contains(q.difficulty()), where + " difficulty");
            assertNotNull(q.topic(), where + " topic");
            assertFalse(q.explanationHtml().isBlank(), where + " explanation");
            assertNotNull(q.sourceQuote(), where + " source quote");
            String reading = QuizTestFiles.readingFromQuizzesFolder(quiz.readingOf(q)).orElseThrow();
            assertTrue(QuizFileParser.normalise(reading).contains(QuizFileParser.normalise(q.sourceQuote())), where + " quote");
        }
    }

    /** quiz#question → type and key in words, from src/test/resources/shipped-quiz-keys.tsv. */
    private static Map<String, String[]> keysInWords() throws IOException {
        Map<String, String[]> keys = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/shipped-quiz-keys.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] row = line.split("\t");
                keys.put(row[0] + "#" + row[1], new String[] {row[2], row[3]});
            }
        }
        return keys;
    }

    @Test
    void everyShippedQuestionHasItsKeyWrittenDown() throws IOException {
        Set<String> questions = shippedQuizzes().flatMap(quiz -> quiz.questions().stream().map(q -> quiz.id() + "#" + q.id()))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertEquals(new java.util.TreeSet<>(keysInWords().keySet()), questions);
    }

    @ParameterizedTest
    @MethodSource("shippedQuizzes")
    void theKeyInWordsScoresFullMarksAndAWrongResponseLess(Quiz quiz) throws IOException {
        Map<String, String[]> keys = keysInWords();
        for (Question q : quiz.questions()) {
            String where = quiz.id() + "#" + q.id();
            String[] key = keys.get(where);
            assertNotNull(key, where + " has no key in shipped-quiz-keys.tsv");
            assertEquals(key[0], q.kind().typeName(), where + " type");
            List<String> right = response(q.kind(), key[1], where);
            AttemptGrader.QuestionGrade grade = AttemptGrader.grade(q, right);
            assertTrue(grade.correct(), where);
            assertEquals(q.points(), grade.points(), 1e-9, where);
            assertTrue(AttemptGrader.grade(q, wrong(q, right)).points() < q.points(), where);
        }
    }

    /** What a student who answers with the key in words sends: choice ids, positions, indexes or text. */
    private static List<String> response(QuestionKind kind, String words, String where) {
        if (kind instanceof SingleChoice single) {
            return choiceIds(single.choices(), List.of(words), where);
        }
        if (kind instanceof MultipleChoice multiple) {
            return choiceIds(multiple.choices(), List.of(words.split(" \\| ")), where);
        }
        if (kind instanceof TrueFalse) {
            return List.of(words);
        }
        if (kind instanceof ShortAnswer) {
            return List.of(words.split(" \\| ")[0]);
        }
        if (kind instanceof NumericAnswer) {
            return List.of(words.split("\\.\\.")[0]);
        }
        if (kind instanceof Ordering ordering) {
            List<String> order = List.of(words.split(" → "));
            return ordering.itemsHtml().stream().map(item -> String.valueOf(order.indexOf(plain(item)) + 1)).toList();
        }
        if (kind instanceof Matching matching) {
            Map<String, String> rightOf = new LinkedHashMap<>();
            for (String pair : words.split(" \\| ")) {
                rightOf.put(pair.split(" => ")[0], pair.split(" => ")[1]);
            }
            List<String> rights = matching.pairs().stream().map(Matching.Pair::right).toList();
            return matching.pairs().stream()
                    .map(pair -> String.valueOf(rights.indexOf(rightOf.get(plain(pair.leftHtml()))))).toList();
        }
        if (kind instanceof Cloze) {
            return List.of(words.split(" / "));
        }
        throw new AssertionError(where + ": no key reading for type " + kind.typeName() + ": add one here");
    }

    private static List<String> choiceIds(List<Choice> choices, List<String> texts, String where) {
        List<String> ids = new ArrayList<>();
        for (String text : texts) {
            ids.add(choices.stream().filter(c -> plain(c.html()).equals(text)).findFirst()
                    .orElseThrow(() -> new AssertionError(where + ": no choice reads \"" + text + "\"")).id());
        }
        return ids;
    }

    /** The text of rendered Markdown, as the key file writes it. */
    private static String plain(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&").strip();
    }

    /** A plausible wrong response: another choice, the other truth value, a shifted order or number. */
    private static List<String> wrong(Question q, List<String> right) {
        QuestionKind kind = q.kind();
        if (kind instanceof SingleChoice single) {
            return List.of(single.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id());
        }
        if (kind instanceof MultipleChoice multiple) {
            return multiple.choices().stream().map(Choice::id).toList();
        }
        if (kind instanceof TrueFalse trueFalse) {
            return List.of(String.valueOf(!trueFalse.answer()));
        }
        if (kind instanceof ShortAnswer) {
            return List.of("전혀 다른 답");
        }
        if (kind instanceof NumericAnswer) {
            return List.of(String.valueOf(Double.parseDouble(right.get(0)) + 1_000_000));
        }
        if (kind instanceof Ordering || kind instanceof Matching) {
            List<String> rotated = new ArrayList<>(right);
            rotated.add(rotated.remove(0));
            return rotated;
        }
        if (kind instanceof Cloze) {
            return right.stream().map(answer -> "오답").toList();
        }
        throw new AssertionError("no plausible wrong response for type " + kind.typeName() + ": add one here");
    }
}
