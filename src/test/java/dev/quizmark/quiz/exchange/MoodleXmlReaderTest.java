package dev.quizmark.quiz.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.question.MultipleChoice;
import dev.quizmark.question.Ordering;
import dev.quizmark.question.ShortAnswer;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.QuizProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Moodle XML as Moodle's question bank export writes it; unsupported types and unsafe XML are reported. */
class MoodleXmlReaderTest {

    private static final String BANK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="category"><category><text>$course$/top/Week 1</text></category></question>
              <question type="multichoice">
                <name><text>Formats</text></name>
                <questiontext format="html"><text><![CDATA[<p dir="ltr">Pick the <b>tensor</b> formats.</p><script>x()</script>]]></text></questiontext>
                <generalfeedback format="html"><text></text></generalfeedback>
                <single>false</single>
                <answer fraction="50" format="html"><text>BF16</text><feedback format="html"><text>yes</text></feedback></answer>
                <answer fraction="50" format="html"><text>FP8</text><feedback format="html"><text></text></feedback></answer>
                <answer fraction="-100" format="html"><text>JPEG</text><feedback format="html"><text></text></feedback></answer>
              </question>
              <question type="essay">
                <name><text>Essay</text></name>
                <questiontext format="html"><text>Tell me.</text></questiontext>
              </question>
              <question type="shortanswer">
                <name><text>Animal</text></name>
                <questiontext format="moodle_auto_format"><text>Best animal?</text></questiontext>
                <answer fraction="100" format="moodle_auto_format"><text>Frog</text><feedback format="html"><text>Good!</text></feedback></answer>
                <answer fraction="50" format="moodle_auto_format"><text>Cat</text><feedback format="html"><text></text></feedback></answer>
              </question>
              <question type="ordering">
                <name><text>Order</text></name>
                <questiontext format="html"><text>Order them.</text></questiontext>
                <answer fraction="0" format="html"><text>one</text></answer>
                <answer fraction="0" format="html"><text>two</text></answer>
                <answer fraction="0" format="html"><text>three</text></answer>
              </question>
            </quiz>
            """;

    @Test
    void readsTheTypesItSupportsAndReportsTheRestWithTheirLine() {
        QuestionBankImport.Result result = QuestionBankImport.read("bank.xml", BANK.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("bank.xml:13: Moodle question type 'essay' is not supported: Quizmark imports multichoice, truefalse, "
                + "shortanswer, numerical, matching and ordering"), result.problems().stream().map(QuizProblem::toString).toList());
        List<Question> questions = result.quiz().questions();
        assertEquals(List.of("multiple", "short", "ordering"), questions.stream().map(q -> q.kind().typeName()).toList());
        Question formats = questions.get(0);
        assertEquals("<p dir=\"ltr\">Pick the <b>tensor</b> formats.</p>", formats.promptHtml());
        assertEquals("week-1", formats.topic());
        MultipleChoice kind = (MultipleChoice) formats.kind();
        assertEquals(1.0, kind.fraction(List.of("a", "b")));
        assertEquals(0.0, kind.fraction(List.of("a", "c")));
        assertEquals(0.5, ((ShortAnswer) questions.get(1).kind()).fraction(List.of("cat")));
        assertEquals(List.of("one", "two", "three"), ((Ordering) questions.get(2).kind()).itemsHtml());
    }

    @Test
    void externalEntitiesAndDtdsAreNeverRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <quiz><question type="shortanswer"><name><text>X</text></name>
                <questiontext format="html"><text>&secret;</text></questiontext>
                <answer fraction="100"><text>a</text></answer></question></quiz>
                """;
        QuestionBankImport.Result result = QuestionBankImport.read("xxe.xml", xxe.getBytes(StandardCharsets.UTF_8));
        assertFalse(result.markdown().contains("root:"), result.markdown());
        assertTrue(result.problems().stream().anyMatch(p -> p.message().contains("not well-formed XML") || p.message().contains("entity")),
                result.problems().toString());
    }
}
