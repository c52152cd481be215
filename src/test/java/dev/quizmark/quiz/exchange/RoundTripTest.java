package dev.quizmark.quiz.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.question.Cloze;
import dev.quizmark.question.Ordering;
import dev.quizmark.question.ShortAnswer;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizFileParser;
import dev.quizmark.quiz.SafeHtml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Markdown → GIFT → Markdown and Markdown → Moodle XML → Markdown keep every question the format can express
 * (docs/quiz-format.md lists what each carries): the JSON of what the grader uses is the same before and after,
 * over every shipped quiz and every valid quiz file under src/test/resources.
 */
class RoundTripTest {

    static List<Quiz> everyQuiz() throws IOException {
        List<Quiz> quizzes = new ArrayList<>();
        QuizFileParser parser = QuizFileParser.withoutReadingChecks();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("quizzes")), Files.walk(Path.of("src/test/resources")))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                QuizFileParser.Result result = parser.parse(file.toString(), Files.readAllBytes(file));
                if (result.ok()) {
                    quizzes.add(result.quiz());
                }
            }
        }
        return quizzes;
    }

    @Test
    void giftKeepsEveryQuestionItCanExpress() throws IOException {
        int compared = 0;
        for (Quiz quiz : everyQuiz()) {
            GiftWriter.Result gift = GiftWriter.write(quiz);
            QuestionBankImport.Result back = QuestionBankImport.read(quiz.id() + ".gift", gift.gift().getBytes(StandardCharsets.UTF_8));
            List<Question> expressible = quiz.questions().stream()
                    .filter(q -> !(q.kind() instanceof Ordering || q.kind() instanceof Cloze)).toList();
            compared += compare(quiz, expressible, back, gift.gift());
        }
        assertTrue(compared > 50, "questions compared: " + compared);
    }

    @Test
    void moodleXmlKeepsEveryQuestionItCanExpress() throws IOException {
        int compared = 0;
        for (Quiz quiz : everyQuiz()) {
            MoodleXmlWriter.Result xml = MoodleXmlWriter.write(quiz);
            QuestionBankImport.Result back = QuestionBankImport.read(quiz.id() + ".xml", xml.xml().getBytes(StandardCharsets.UTF_8));
            List<Question> expressible = quiz.questions().stream().filter(q -> !(q.kind() instanceof Cloze)).toList();
            compared += compare(quiz, expressible, back, xml.xml());
            if (back.quiz() != null) {
                assertEquals(expressible.stream().map(Question::id).toList(), back.quiz().questions().stream().map(Question::id).toList(),
                        "Moodle XML keeps question ids (idnumber)");
            }
        }
        assertTrue(compared > 50, "questions compared: " + compared);
    }

    private static int compare(Quiz quiz, List<Question> expressible, QuestionBankImport.Result back, String written) {
        if (expressible.isEmpty()) {
            return 0;
        }
        List<String> unexpected = back.problems().stream().map(Object::toString)
                .filter(p -> !p.contains("question type 'cloze'")).toList();
        assertEquals(List.of(), unexpected, quiz.path() + "\n" + written + "\n" + back.markdown());
        assertNotNull(back.quiz(), quiz.path());
        List<Question> returned = back.quiz().questions();
        assertEquals(expressible.size(), returned.size(), quiz.path());
        for (int i = 0; i < expressible.size(); i++) {
            Question before = expressible.get(i);
            if (before.kind() instanceof ShortAnswer s && s.regex() != null) {
                continue;
            }
            assertEquals(comparable(QuizJsonWriter.question(before)), comparable(QuizJsonWriter.question(returned.get(i))),
                    quiz.path() + " " + before.id() + "\n" + back.markdown());
        }
        return expressible.size();
    }

    /** The JSON without what the formats do not carry (id, title, points, difficulty, source), texts sanitized. */
    @SuppressWarnings("unchecked")
    private static Object comparable(Object json) {
        if (json instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = (String) e.getKey();
                if (List.of("id", "title", "points", "difficulty", "topic", "source", "wildcards", "regex").contains(key)) {
                    continue;
                }
                out.put(key, comparable(e.getValue()));
            }
            if (out.containsKey("min")) {
                double min = (Double) out.remove("min");
                double max = (Double) out.remove("max");
                out.put("value", round((min + max) / 2));
                out.put("tolerance", round((max - min) / 2));
                out.put("fraction", out.remove("fraction"));
                out.put("feedback", out.remove("feedback"));
            }
            return out;
        }
        if (json instanceof List<?> list) {
            return list.stream().map(RoundTripTest::comparable).toList();
        }
        if (json instanceof Double d) {
            return round(d);
        }
        if (json instanceof String s) {
            return SafeHtml.clean(s.replace("\\*", "*")).replace("\n", " ");
        }
        return json;
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
