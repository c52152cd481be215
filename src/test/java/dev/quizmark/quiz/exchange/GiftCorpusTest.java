package dev.quizmark.quiz.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quizmark.quiz.MarkdownRenderer;
import dev.quizmark.quiz.SafeHtml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every question of the shared corpus of real GIFT files (../shared/gift-corpus, read in place) imported by
 * Quizmark and compared with what Moodle's own importer made of it (moodle-expected.json): type, texts after format
 * handling, accepted answers, fractions, tolerances and feedback, read back from the JSON of the parsed quiz, so
 * the whole path (GIFT → Markdown → parser → what the grader uses) is checked.
 */
class GiftCorpusTest {

    static final Path CORPUS = Path.of(System.getProperty("quizmark.gift-corpus", "../shared/gift-corpus"));

    /** Questions whose Moodle type Quizmark has no type for. */
    private static final List<String> UNSUPPORTED = List.of("essay", "description", "category");

    /** Disagreements left, each with its reason; the test fails when this list and the comparison drift apart. */
    private static final Map<String, String> KNOWN = Map.of();

    private static final List<String> disagreements = new ArrayList<>();
    private static int compared;

    @BeforeAll
    static void compareEveryQuestion() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(CORPUS.resolve("moodle-expected.json").toFile());
        for (Iterator<Map.Entry<String, JsonNode>> files = expected.fields(); files.hasNext(); ) {
            Map.Entry<String, JsonNode> file = files.next();
            QuestionBankImport.Result result = QuestionBankImport.read(file.getKey(), Files.readAllBytes(CORPUS.resolve(file.getKey())));
            for (JsonNode entry : file.getValue()) {
                int first = entry.get(0).asInt();
                int last = entry.get(1).asInt();
                JsonNode moodle = entry.get(2);
                String qtype = moodle.has("qtype") ? moodle.get("qtype").asText() : "category";
                if (UNSUPPORTED.contains(qtype)) {
                    continue;
                }
                compared++;
                String where = file.getKey() + ":" + first;
                int index = -1;
                for (int i = 0; i < result.questions().size(); i++) {
                    int line = result.questions().get(i).line();
                    if (line >= first && line <= last) {
                        index = i;
                    }
                }
                if (index < 0) {
                    disagreements.add(where + " not imported: " + result.problems().stream()
                            .filter(p -> p.line() >= first && p.line() <= last).map(p -> p.message()).toList());
                    continue;
                }
                Map<String, Object> ours = QuizJsonWriter.question(result.quiz().questions().get(index));
                String difference = MoodleComparison.difference(moodle, ours);
                if (difference != null) {
                    disagreements.add(where + " " + difference);
                }
            }
        }
    }

    @Test
    void atLeast97PercentAgreeWithMoodleAndEveryDisagreementIsListed() {
        int agreeing = compared - disagreements.size();
        System.out.println("GIFT corpus: " + agreeing + "/" + compared + " questions agree with Moodle");
        disagreements.forEach(d -> System.out.println("  " + d));
        assertTrue(compared >= 180, "corpus questions compared: " + compared);
        assertTrue(agreeing * 100 >= compared * 97, agreeing + "/" + compared + " agree:\n" + String.join("\n", disagreements));
        Map<String, String> left = new TreeMap<>();
        disagreements.forEach(d -> left.put(d.substring(0, d.indexOf(' ')), d));
        assertEquals(KNOWN.keySet(), left.keySet(), "disagreements changed:\n" + String.join("\n", disagreements));
    }

    /** Moodle's parse of one question against Quizmark's JSON of it. */
    static final class MoodleComparison {

        static String difference(JsonNode moodle, Map<String, Object> ours) {
            String qtype = moodle.get("qtype").asText();
            String type = switch (qtype) {
                case "multichoice" -> moodle.get("single").asInt() == 1 ? "single" : "multiple";
                case "truefalse" -> "true_false";
                case "shortanswer" -> "short";
                case "numerical" -> "numeric";
                case "match" -> "matching";
                default -> qtype;
            };
            if (!type.equals(ours.get("type"))) {
                return "type " + ours.get("type") + ", Moodle " + type;
            }
            int format = moodle.get("questiontextformat").asInt();
            String prompt = text(moodle.get("questiontext").asText(), format);
            if (!prompt.isEmpty() && !prompt.equals(html(ours.get("prompt")))) {
                return "prompt \"" + html(ours.get("prompt")) + "\", Moodle \"" + prompt + "\"";
            }
            String general = text(moodle.get("generalfeedback").asText(), moodle.get("generalfeedbackformat").asInt());
            if (!general.equals(html(ours.get("explanation")))) {
                return "general feedback \"" + html(ours.get("explanation")) + "\", Moodle \"" + general + "\"";
            }
            return switch (qtype) {
                case "multichoice" -> choices(moodle, ours, format);
                case "truefalse" -> trueFalse(moodle, ours, format);
                case "shortanswer" -> shortAnswers(moodle, ours, format);
                case "numerical" -> numbers(moodle, ours, format);
                default -> pairs(moodle, ours);
            };
        }

        @SuppressWarnings("unchecked")
        private static List<Map<String, Object>> list(Map<String, Object> ours, String key) {
            return (List<Map<String, Object>>) ours.get(key);
        }

        private static String choices(JsonNode moodle, Map<String, Object> ours, int format) {
            List<String> expected = new ArrayList<>();
            for (JsonNode a : moodle.get("answers")) {
                if (!a.get("text").asText().isBlank()) {
                    expected.add(text(a.get("text").asText(), a.get("format").asInt()) + " " + fraction(a.get("fraction").asDouble())
                            + " #" + text(a.get("feedback").asText(), a.get("format").asInt()));
                }
            }
            List<String> actual = list(ours, "choices").stream().map(c -> html(c.get("text")) + " " + fraction((Double) c.get("weight"))
                    + " #" + html(c.get("feedback"))).toList();
            return expected.equals(actual) ? null : "choices " + actual + ", Moodle " + expected;
        }

        private static String trueFalse(JsonNode moodle, Map<String, Object> ours, int format) {
            String expected = moodle.get("correctanswer").asBoolean() + " true#" + text(moodle.get("feedbacktrue").asText(), format)
                    + " false#" + text(moodle.get("feedbackfalse").asText(), format);
            String actual = ours.get("answer") + " true#" + html(ours.get("feedback_true")) + " false#" + html(ours.get("feedback_false"));
            return expected.equals(actual) ? null : "true/false " + actual + ", Moodle " + expected;
        }

        private static String shortAnswers(JsonNode moodle, Map<String, Object> ours, int format) {
            List<String> expected = new ArrayList<>();
            for (JsonNode a : moodle.get("answers")) {
                if (!a.get("text").asText().isBlank()) {
                    // Whitespace inside an answer is compared collapsed: Quizmark's grader ignores it (AnswerNormalizer).
                    expected.add(a.get("text").asText().strip().replaceAll("\\s+", " ") + " " + fraction(a.get("fraction").asDouble()) + " #"
                            + text(a.get("feedback").asText(), format));
                }
            }
            boolean wildcards = Boolean.TRUE.equals(ours.get("wildcards"));
            List<String> actual = list(ours, "answers").stream().map(a -> a.get("text") + " " + fraction((Double) a.get("fraction"))
                    + " #" + html(a.get("feedback"))).toList();
            boolean starsAreWildcards = wildcards || expected.stream().noneMatch(e -> e.substring(0, e.lastIndexOf(" #")).contains("*"));
            return expected.equals(actual) && starsAreWildcards ? null : "short answers " + actual + (wildcards ? "" : " (no wildcards)")
                    + ", Moodle " + expected;
        }

        private static String numbers(JsonNode moodle, Map<String, Object> ours, int format) {
            List<String> expected = new ArrayList<>();
            for (JsonNode a : moodle.get("answers")) {
                String value = a.get("answer").asText();
                expected.add((value.equals("*") ? "*" : number(Double.parseDouble(value)) + "±" + number(a.get("tolerance").asDouble()))
                        + " " + fraction(a.get("fraction").asDouble()) + " #" + text(a.get("feedback").asText(), format));
            }
            List<String> actual = list(ours, "answers").stream().map(a -> (a.containsKey("any") ? "*"
                    : a.containsKey("min") ? number(((Double) a.get("min") + (Double) a.get("max")) / 2) + "±"
                            + number(((Double) a.get("max") - (Double) a.get("min")) / 2)
                    : number((Double) a.get("value")) + "±" + number((Double) a.get("tolerance")))
                    + " " + fraction((Double) a.get("fraction")) + " #" + html(a.get("feedback"))).toList();
            return expected.equals(actual) ? null : "numbers " + actual + ", Moodle " + expected;
        }

        @SuppressWarnings("unchecked")
        private static String pairs(JsonNode moodle, Map<String, Object> ours) {
            List<String> expected = new ArrayList<>();
            List<String> distractors = new ArrayList<>();
            for (JsonNode s : moodle.get("subquestions")) {
                String left = text(s.get("text").asText(), s.get("format").asInt());
                if (left.isEmpty()) {
                    distractors.add(s.get("answer").asText().strip());
                } else {
                    expected.add(left + " -> " + s.get("answer").asText().strip());
                }
            }
            List<String> actual = list(ours, "pairs").stream().map(p -> html(p.get("left")) + " -> " + p.get("right")).toList();
            List<String> ourDistractors = (List<String>) ours.get("distractors");
            return expected.equals(actual) && distractors.equals(ourDistractors) ? null
                    : "pairs " + actual + " + " + ourDistractors + ", Moodle " + expected + " + " + distractors;
        }

        /** Moodle's text as a page shows it, whitespace collapsed. */
        static String text(String text, int format) {
            String html = switch (format) {
                case 2 -> SafeHtml.fromPlain(text);
                case 4 -> MarkdownRenderer.html(text);
                case 0 -> text.replace("\n", "<br>");
                default -> text;
            };
            return SafeHtml.text(html).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        }

        static String html(Object html) {
            return SafeHtml.text(Objects.toString(html, "")).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        }

        static String fraction(double fraction) {
            return String.format(java.util.Locale.ROOT, "%.4f", fraction);
        }

        static String number(double value) {
            return String.format(java.util.Locale.ROOT, "%.6f", value);
        }
    }
}
