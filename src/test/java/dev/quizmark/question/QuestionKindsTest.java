package dev.quizmark.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.question.AnswerCounts.GivenAnswer;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizFileParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every question type is registered once and has its template with both fragments; what the types tell
 * instructors (descriptions, counts) reads right.
 */
class QuestionKindsTest {

    private static Quiz quiz;

    @BeforeAll
    static void parse() throws IOException {
        quiz = new QuizFileParser(p -> Optional.empty())
                .parse("all-types.md", Files.readAllBytes(Path.of("src/test/resources/quiz/valid/all-types.md"))).quiz();
    }

    private static QuestionKind kind(String questionId) {
        return quiz.question(questionId).orElseThrow().kind();
    }

    @Test
    void everyPermittedKindIsRegisteredUnderItsOwnName() throws ReflectiveOperationException {
        Set<KindSyntax> declared = new HashSet<>();
        for (Class<?> kind : kinds(QuestionKind.class)) {
            declared.add((KindSyntax) kind.getField("SYNTAX").get(null));
        }
        assertEquals(declared, Set.copyOf(QuestionKinds.ALL));
        assertEquals(QuestionKinds.ALL.size(), QuestionKinds.ALL.stream().map(KindSyntax::typeName).distinct().count());
        assertEquals("single, multiple, true_false, short, numeric, ordering, matching or cloze", QuestionKinds.names());
    }

    /** The records below a sealed interface, through the sealed interfaces that group them. */
    private static List<Class<?>> kinds(Class<?> sealed) {
        List<Class<?>> kinds = new ArrayList<>();
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            kinds.addAll(permitted.isSealed() ? kinds(permitted) : List.of(permitted));
        }
        return kinds;
    }

    @Test
    void everyKindHasItsInputAndKeyFragments() throws IOException {
        for (KindSyntax kind : QuestionKinds.ALL) {
            Path template = Path.of("src/main/resources/templates/kinds/" + kind.typeName() + ".html");
            assertTrue(Files.exists(template), template.toString());
            Set<String> fragments = Arrays.stream(Files.readString(template).split("\\{#fragment id="))
                    .skip(1).map(part -> part.substring(0, part.indexOf('}'))).collect(Collectors.toSet());
            assertEquals(Set.of("input", "key"), fragments, template.toString());
        }
    }

    @Test
    void responsesAreDescribedInTheTypesWords() {
        assertEquals("right code; also wrong", kind("single").describe(List.of("b", "c")));
        assertEquals("1. first; 3. second; 2. third", kind("order").describe(List.of("1", "3", "2")));
        assertEquals("CUDA → Nvidia; CANN → Nvidia; X → ", kind("match").describe(List.of("0", "2", "")));
        assertEquals("(1) 128,000; (2) 500", kind("cloze").describe(List.of("128,000", "500")));
        assertEquals("Aider", kind("short").describe(List.of("Aider")));
    }

    @Test
    void choicesCountPicksAndTypedAnswersCountWrongOnes() {
        List<GivenAnswer> picks = List.of(new GivenAnswer(List.of("b"), true), new GivenAnswer(List.of("a"), false),
                new GivenAnswer(List.of("b"), true));
        assertEquals(List.of(1L, 2L, 0L), kind("single").count(picks).choices().stream().map(c -> c.count()).toList());
        List<GivenAnswer> typed = List.of(new GivenAnswer(List.of("Cursor"), false), new GivenAnswer(List.of(" cursor "), false),
                new GivenAnswer(List.of("Aider"), true), new GivenAnswer(List.of(""), false));
        AnswerCounts counts = kind("short").count(typed);
        assertEquals(List.of(new AnswerCounts.WrongAnswer("Cursor", 2)), counts.wrongAnswers());
        assertEquals(AnswerCounts.NONE, kind("order").count(typed));
    }
}
