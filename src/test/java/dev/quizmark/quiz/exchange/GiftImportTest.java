package dev.quizmark.quiz.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.question.Choice;
import dev.quizmark.question.ChoiceQuestion;
import dev.quizmark.question.DisplayOrder;
import dev.quizmark.question.Matching;
import dev.quizmark.question.NumericAnswer;
import dev.quizmark.question.QuestionKind;
import dev.quizmark.question.ReviewParts;
import dev.quizmark.question.ShortAnswer;
import dev.quizmark.question.SingleChoice;
import dev.quizmark.question.TrueFalse;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizProblem;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per bullet of issue 10: what GIFT import got wrong or refused, on corpus files and short GIFT snippets. */
class GiftImportTest {

    private static final Path CORPUS = GiftCorpusTest.CORPUS;

    private static QuestionBankImport.Result corpus(String file) throws IOException {
        return QuestionBankImport.read(file, Files.readAllBytes(CORPUS.resolve(file)));
    }

    private static QuestionBankImport.Result gift(String text) {
        return QuestionBankImport.read("snippet.gift", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Question only(QuestionBankImport.Result result) {
        assertEquals(List.of(), result.problems(), result.markdown());
        assertEquals(1, result.quiz().questions().size(), result.markdown());
        return result.quiz().questions().get(0);
    }

    private static final DisplayOrder FILE_ORDER = new DisplayOrder() {
        @Override
        public int[] choices(int count) {
            return java.util.stream.IntStream.range(0, count).toArray();
        }

        @Override
        public int[] scrambled(int count) {
            return choices(count);
        }

        @Override
        public int[] options(int count, int[] items) {
            return choices(count);
        }
    };

    private static String feedback(QuestionKind kind, String typed) {
        ReviewParts review = kind.review("", List.of(typed), FILE_ORDER, null);
        return review.rows().get(0).feedbackHtml();
    }

    @Test
    void moodleExamplesConvertExceptTheEssay() throws IOException {
        QuestionBankImport.Result result = QuestionBankImport.read("moodle-examples.gift",
                Files.readAllBytes(Path.of("src/test/resources/quiz/gift/moodle-examples.gift")));
        assertEquals(List.of("moodle-examples.gift:47: essay questions ({}) are not supported: Quizmark grades every answer automatically"),
                result.problems().stream().map(QuizProblem::toString).toList());
        Quiz quiz = result.quiz();
        assertEquals("moodle-examples", quiz.id());
        assertEquals(List.of("single", "single", "true_false", "short", "numeric", "multiple", "true_false", "single", "short",
                "matching", "numeric", "numeric", "numeric", "single"), quiz.questions().stream().map(q -> q.kind().typeName()).toList());
        Question missingWord = quiz.questions().get(1);
        assertEquals("Grant is _____ in Grant's tomb.", dev.quizmark.quiz.SafeHtml.text(missingWord.promptHtml()));
        assertEquals("grant-s-tomb", missingWord.topic());
        NumericAnswer grant = (NumericAnswer) quiz.question("q7").orElseThrow().kind();
        assertEquals(2, grant.answers().size());
        assertEquals(0.5, grant.fraction(List.of("1821")));
        assertEquals(1.0, grant.fraction(List.of("1822")));
        Question escapes = quiz.question("escapes").orElseThrow();
        assertEquals("=", ((ChoiceQuestion) escapes.kind()).choices().get(0).html());
        assertEquals("The sign is =.", escapes.explanationHtml());
    }

    @Test
    void htmlTextIsRenderedSanitizedAndStoredInTheQuiz() throws IOException {
        QuestionBankImport.Result result = corpus("moodle/fixtures-questions.gift");
        Question match = result.quiz().questions().stream().filter(q -> q.kind() instanceof Matching).findFirst().orElseThrow();
        assertEquals("Match the <b>activity</b> to the description.", match.promptHtml());
        assertTrue(result.markdown().contains("format=html"), result.markdown());
        Question script = only(gift("::X::[html]<p onclick\\=\"steal()\">Pick <script>alert(1)</script><i>one</i></p>{=a ~b}"));
        assertEquals("<p>Pick <i>one</i></p>", script.promptHtml());
    }

    @Test
    void weightedShortAnswersGiveMoodlesPartialCreditWildcardAndFeedback() throws IOException {
        Question question = corpus("fuhrmanator/totara_moodle_shortanswer.gift").quiz().questions().get(0);
        ShortAnswer kind = (ShortAnswer) question.kind();
        assertEquals(1.0, kind.fraction(List.of("frog")));
        assertEquals(0.5, kind.fraction(List.of(" CAT ")));
        assertEquals(0.0, kind.fraction(List.of("dog")));
        assertEquals("<p>What is it with Moodlers and cats?</p>", feedback(kind, "cat"));
        assertEquals("<p>Completely wrong</p>", feedback(kind, "dog"));
        assertTrue(kind.input(List.of(), new dev.quizmark.question.AnswerFields("q1"), FILE_ORDER) instanceof dev.quizmark.question.AnswerInput.Text,
                "students get a text field, never the accepted answers");
        ShortAnswer stars = (ShortAnswer) only(gift("Product?{=%100%2*3*4}")).kind();
        assertEquals(1.0, stars.fraction(List.of("2 times 3 times 4")), "* is Moodle's wildcard");
    }

    @Test
    void trueFalseFeedbackIsKept() throws IOException {
        List<Question> questions = corpus("fuhrmanator/TFTwoFeedback.gift").quiz().questions();
        TrueFalse first = (TrueFalse) questions.get(0).kind();
        assertFalse(first.answer());
        assertEquals("<p>feedback for true</p>", first.feedbackFor(List.of("true")));
        assertEquals("<p>feedback for false</p>", first.feedbackFor(List.of("false")));
    }

    @Test
    void formatTagsAreNotText() {
        Question question = only(gift("[plain]Say <hi>{=[plain]hello =[markdown]hi}"));
        assertEquals("Say &lt;hi&gt;", question.promptHtml());
        assertEquals(List.of("hello", "hi"), ((ShortAnswer) question.kind()).accepted());
    }

    @Test
    void escapesAndMarkdownLookalikesStayText() {
        Question question = only(gift("Is \\# a heading, __init__ bold or 2*3*4 emphasis?\\n~~~ no code {~yes =no ~\\~\\=\\{\\}\\:\\\\}"));
        assertEquals("Is # a heading, __init__ bold or 2*3*4 emphasis?<br>~~~ no code", question.promptHtml());
        assertEquals("~={}:\\", ((ChoiceQuestion) question.kind()).choices().get(2).html());
    }

    @Test
    void twoRightAnswersMakeASingleChoiceWhereEitherEarnsFullMarks() {
        SingleChoice kind = (SingleChoice) only(gift("Pick a prime.{=2 =3 ~4}")).kind();
        assertEquals(1.0, kind.fraction(List.of("a")));
        assertEquals(1.0, kind.fraction(List.of("b")));
        assertEquals(0.0, kind.fraction(List.of("c")));
    }

    @Test
    void oddWeightsDoNotCrash() {
        ChoiceQuestion kind = (ChoiceQuestion) only(gift("Odd?{~%33.3.3%2 =right}")).kind();
        assertEquals(List.of("%33.3.3%2", "right"), kind.choices().stream().map(Choice::html).toList());
        assertEquals(List.of(false, true), kind.choices().stream().map(Choice::correct).toList());
    }

    @Test
    void notUtf8IsReportedWithItsLineAndStillRead() {
        byte[] latin = "// one\n// two\nCaf\u00e9 au lait?{T}\n".getBytes(Charset.forName("ISO-8859-1"));
        QuestionBankImport.Result result = QuestionBankImport.read("latin.gift", latin);
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertEquals(3, result.problems().get(0).line());
        assertTrue(result.problems().get(0).message().contains("not UTF-8"));
        assertEquals("<p>Café au lait?</p>", result.quiz().questions().get(0).promptHtml());
    }

    @Test
    void constructsMoodleImportsAreImported() {
        SingleChoice idiom = (SingleChoice) only(gift("How ___ water?{~many~=much}")).kind();
        assertEquals(List.of("many", "much"), idiom.choices().stream().map(Choice::html).toList());
        assertEquals(1.0, idiom.fraction(List.of("b")));
        assertEquals(List.of("Moodler"), ((ShortAnswer) only(gift("Anyone who uses Moodle is a ...{=%100%Moodler#}")).kind()).accepted());
        // Moodle's own importer takes only T, TRUE, F and FALSE as true/false; {t#bien} and {true} are short answers there.
        ShortAnswer lower = (ShortAnswer) only(gift("C'est vrai ?{t#bien}")).kind();
        assertEquals(1.0, lower.fraction(List.of("T")));
        assertEquals("<p>bien</p>", feedback(lower, "t"));
        ChoiceQuestion arrow = (ChoiceQuestion) only(gift("Which is an arrow?{=-> ~=>}")).kind();
        assertEquals("-&gt;", arrow.choices().get(0).html());
        NumericAnswer export = (NumericAnswer) only(gift("Born?{#\n=%100%1822:0#\n}")).kind();
        assertEquals(1.0, export.fraction(List.of("1822")));
        NumericAnswer pi = (NumericAnswer) only(gift("Pi?{#3.14:0.005#Well done}")).kind();
        assertEquals(1.0, pi.fraction(List.of("3.144")));
        assertEquals("<p>Well done</p>", feedback(pi, "3.14"));
    }

    @Test
    void fileNamesOfAnyKindGiveValidQuizzesWithTheirOwnIds() {
        QuestionBankImport.Result colon = QuestionBankImport.read("week 1: intro [draft].gift", "Q?{T}".getBytes(StandardCharsets.UTF_8));
        assertEquals("week 1: intro [draft]", only(colon) == null ? null : colon.quiz().title());
        QuestionBankImport.Result first = QuestionBankImport.read("중간고사.gift", "Q?{T}".getBytes(StandardCharsets.UTF_8));
        QuestionBankImport.Result second = QuestionBankImport.read("기말고사.gift", "Q?{T}".getBytes(StandardCharsets.UTF_8));
        assertNotNull(first.quiz());
        assertNotEquals(first.quiz().id(), second.quiz().id());
    }

    @Test
    void problemsCarryGiftLinesAndTheRestConverts() {
        QuestionBankImport.Result result = gift("First?{T}\n\n// essay\nTell me.{}\n\nOnly one match?{=a -> b =c -> d}\n\nLast?{=yes ~no}\n");
        assertEquals(List.of("snippet.gift:4: essay questions ({}) are not supported: Quizmark grades every answer automatically",
                "snippet.gift:6: matching question needs at least three right sides, two of them in pairs (with two, the shuffled "
                        + "order gives the answer away), found 2 pairs and 0 wrong right sides"),
                result.problems().stream().map(QuizProblem::toString).toList());
        assertEquals(List.of("true_false", "single"), result.quiz().questions().stream().map(q -> q.kind().typeName()).toList());
    }

    @Test
    void matchingDistractorsAreWrongRightSides() {
        Matching kind = (Matching) only(gift("Match.{=cat -> cat food =dog -> dog food = -> seeds}")).kind();
        assertEquals(List.of("seeds"), kind.distractors());
        assertEquals(List.of("cat food", "dog food", "seeds"), kind.rights());
        assertEquals(0.5, kind.fraction(List.of("0", "2")));
    }
}
