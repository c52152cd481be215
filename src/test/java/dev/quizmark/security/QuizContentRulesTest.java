package dev.quizmark.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.question.Cloze;
import dev.quizmark.quiz.MarkdownRenderer;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizFileParser;
import dev.quizmark.quiz.QuizProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, content rules of quiz files, each of which the old main got wrong: two-item ordering and matching
 * questions (always shown in the one wrong order, so reversing it answers them) are refused with file:line;
 * HTML comments in a prompt are dropped, not shown escaped; links and images keep only http, https, mailto and
 * relative URLs.
 */
class QuizContentRulesTest {

    private static QuizFileParser.Result parse(String body) {
        String file = "---\ntitle: Rules\n---\n\n" + body;
        return QuizFileParser.withoutReadingChecks().parse("rules.md", file.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void orderingAndMatchingNeedThreeItems() {
        List<String> problems = parse("""
                ## Order {#order type=ordering}

                Put them in order.

                1. first
                2. second

                ## Match {#match type=matching}

                Match them.

                - CUDA => Nvidia
                - CANN => Huawei
                """).problems().stream().map(QuizProblem::toString).toList();
        assertEquals(List.of(
                "rules.md:5: ordering question needs at least three items (with two, the shuffled order gives the answer away), found 2",
                "rules.md:12: matching question needs at least three right sides, two of them in pairs (with two, the shuffled order gives the answer away), found 2 pairs and 0 wrong right sides"),
                problems);
        assertTrue(parse("""
                ## Order {#order type=ordering}

                Put them in order.

                1. first
                2. second
                3. third
                """).ok());
    }

    @Test
    void htmlCommentsInAPromptAreDropped() {
        Quiz quiz = parse("""
                ## Comments {#c type=short}

                <!-- note for authors: the key is Aider -->
                Which benchmark? <!-- inline: also Aider --> Name it.

                <!--
                a comment over
                several lines
                -->

                Answer: Aider

                ## Cloze {#z type=cloze}

                The <!-- hint: 400 --> context is {{400}} pages.
                """).quiz();
        Question shortQuestion = quiz.question("c").orElseThrow();
        Question cloze = quiz.question("z").orElseThrow();
        String html = shortQuestion.promptHtml() + String.join("", ((Cloze) cloze.kind()).segmentsHtml());
        assertTrue(html.contains("Which benchmark?"), html);
        for (String leak : List.of("note for authors", "inline", "several lines", "hint", "&lt;!--", "<!--")) {
            assertFalse(html.contains(leak), leak + " in " + html);
        }
    }

    @Test
    void linksAndImagesKeepOnlySafeSchemes() {
        String html = MarkdownRenderer.html("""
                [web](https://example.org/a) [plain](http://example.org) [mail](mailto:t@example.org) [page](readings/x.md)
                [js](javascript:alert(1)) [js2](JavaScript:alert(1)) [vb](vbscript:x) [file](file:///etc/passwd)
                ![img](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=) <data:text/html,<script>alert(1)</script>>
                """);
        for (String kept : List.of("href=\"https://example.org/a\"", "href=\"http://example.org\"", "href=\"mailto:t@example.org\"",
                "href=\"readings/x.md\"")) {
            assertTrue(html.contains(kept), kept + " missing in " + html);
        }
        for (String dropped : List.of("javascript:", "JavaScript:", "vbscript:", "file:", "src=\"data:", "href=\"data:")) {
            assertFalse(html.contains(dropped), dropped + " in " + html);
        }
        assertEquals(null, MarkdownRenderer.safeUrl("javascript:alert(1)"));
        assertEquals("https://example.org", MarkdownRenderer.safeUrl("https://example.org"));
    }
}
