package dev.quizmark.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every ```markdown quiz example in docs/quiz-format.md must parse cleanly, so the doc cannot drift. */
class QuizFormatDocTest {

    private static final Pattern EXAMPLE = Pattern.compile("```markdown quiz\\n(.*?)```", Pattern.DOTALL);

    static Stream<String> examples() throws IOException {
        String doc = Files.readString(Path.of("docs/quiz-format.md"));
        List<String> examples = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(doc);
        while (m.find()) {
            examples.add(m.group(1));
        }
        assertTrue(examples.size() >= 9, "expected an example per question type, found " + examples.size());
        return examples.stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleParsesWithoutProblems(String example) {
        QuizFileParser.Result result = new QuizFileParser(QuizTestFiles::readingFromQuizzesFolder)
                .parse("docs-example.md", example.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), result.problems());
    }
}
