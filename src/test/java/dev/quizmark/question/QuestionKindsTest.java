package dev.quizmark.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every question type is registered once, and has its template with both fragments. */
class QuestionKindsTest {

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
}
