package dev.quizmark.lint;

import dev.quizmark.question.Cloze;
import dev.quizmark.question.ShortAnswer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short answers (and cloze blanks) that mark reasonable answers wrong, and regexes that mark wrong ones right.
 *
 * <p>"answer-breadth": an accepted answer that the reading, the source quote or the explanation writes with a
 * gloss in brackets (환각(Hallucination), 쿠다(CUDA)) must also be accepted with the gloss and as the gloss
 * alone; a short answer the source quote follows with a head noun ('CANN' 프레임워크) must also be accepted
 * with it. "negation-regex": a short answer's key (usually a {@code Regex:} such as {@code .*단종.*}) must not
 * accept the answer negated ("단종하지 않았다", "not retired").
 */
final class AnswerBreadthRule implements LintRule {

    static final String BREADTH = "answer-breadth";
    static final String NEGATION = "negation-regex";

    private static final String QUOTES = "'\"‘’“”`";
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String GLOSS = "[" + QUOTES + "]?\\s*\\(([^()]{1,40})\\)";
    private static final List<String> KOREAN_NEGATIONS = List.of("%s하지 않았다", "%s되지 않았다", "%s하지 않음", "%s이 아니다",
            "%s가 아니다", "%s 아님", "%s하지 못했다", "%s이 없다", "안 %s");
    private static final List<String> ENGLISH_NEGATIONS = List.of("not %s", "no %s", "non-%s", "%s not", "never %s");

    @Override
    public List<Finding> check(QuizContext quiz) {
        List<Finding> findings = new ArrayList<>();
        for (LintQuestion q : quiz.questions) {
            if (q.is(ShortAnswer.SYNTAX)) {
                checkShort(quiz, q, findings);
            } else if (q.is(Cloze.SYNTAX)) {
                checkBlanks(quiz, q, findings);
            }
        }
        return findings;
    }

    private static void checkShort(QuizContext quiz, LintQuestion q, List<Finding> findings) {
        List<String> accepted = q.textAnswers().get(0);
        List<String> contexts = contexts(quiz, q);
        Set<String> missing = new LinkedHashSet<>();
        for (String answer : accepted) {
            if (NumberMentions.whole(answer).isPresent()) {
                continue;
            }
            List<String> variants = glossVariants(answer, contexts);
            if (q.sourceQuote() != null) {
                variants.addAll(headNounVariants(answer, q.sourceQuote()));
            }
            variants.stream().filter(v -> !q.accepts().test(v)).forEach(missing::add);
        }
        if (!missing.isEmpty()) {
            findings.add(quiz.warning(quiz.lineOf(q, "Answer:"), BREADTH, q, "short answer of question '" + q.id()
                    + "' marks reasonable answers wrong: " + quoted(missing) + "; add them to Answer: or Regex:"));
        }
        for (String answer : accepted) {
            Optional<String> negation = negations(answer).stream().filter(q.accepts()).findFirst();
            if (negation.isPresent()) {
                findings.add(quiz.warning(quiz.lineOf(q, q.regex() != null ? "Regex:" : "Answer:"), NEGATION, q,
                        "question '" + q.id() + "' also accepts \"" + negation.get() + "\", which says the opposite of \""
                                + answer + "\"; anchor the Regex: to the answer's own forms"));
                break;
            }
        }
    }

    private static void checkBlanks(QuizContext quiz, LintQuestion q, List<Finding> findings) {
        List<String> contexts = contexts(quiz, q);
        Set<String> missing = new LinkedHashSet<>();
        for (int blank = 0; blank < q.textAnswers().size(); blank++) {
            int index = blank;
            Predicate<String> accepts = typed -> q.blankAccepts().test(index, typed);
            for (String answer : q.textAnswers().get(blank)) {
                glossVariants(answer, contexts).stream().filter(accepts.negate())
                        .forEach(v -> missing.add("blank " + (index + 1) + ": " + v));
            }
        }
        if (!missing.isEmpty()) {
            findings.add(quiz.warning(q.line(), BREADTH, q, "cloze question '" + q.id() + "' marks reasonable answers wrong: "
                    + quoted(missing) + "; add them to the blank as {{answer|alternative}}"));
        }
    }

    /** Where glosses of an answer are found: the source quote, the explanation and the reading itself. */
    private static List<String> contexts(QuizContext quiz, LintQuestion q) {
        List<String> contexts = new ArrayList<>();
        if (q.sourceQuote() != null) {
            contexts.add(q.sourceQuote());
        }
        contexts.add(q.explanation());
        quiz.readingBody(q.reading()).ifPresent(contexts::add);
        return contexts;
    }

    /** 환각 → 환각(Hallucination) and Hallucination; CUDA → 쿠다 and 쿠다(CUDA). */
    static List<String> glossVariants(String answer, List<String> contexts) {
        List<String> variants = new ArrayList<>();
        if (answer.contains("(") || answer.isBlank()) {
            return variants;
        }
        Pattern glossAfter = Pattern.compile(BEFORE + phrase(answer) + GLOSS, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Pattern glossed = Pattern.compile("([\\p{L}\\p{N}]+)[" + QUOTES + "]?\\s*\\(\\s*" + phrase(answer) + "\\s*\\)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (String context : contexts) {
            String text = nfkc(context);
            Matcher after = glossAfter.matcher(text);
            while (after.find()) {
                String gloss = after.group(1).strip();
                if (gloss.codePoints().anyMatch(Character::isLetter) && !gloss.contains(",")) {
                    variants.add(answer + "(" + gloss + ")");
                    variants.add(gloss);
                }
            }
            Matcher before = glossed.matcher(text);
            while (before.find() && !answer.strip().contains(" ")) {
                String word = before.group(1);
                if (!KoreanText.STOPWORDS.contains(word.toLowerCase())) {
                    variants.add(word);
                    variants.add(word + "(" + answer.strip() + ")");
                }
            }
        }
        return variants;
    }

    /**
     * 'CANN' 프레임워크로 in the quote → "CANN 프레임워크"; 환각(Hallucination) 현상이 → "환각 현상". Korean only: a Korean
     * noun followed by a noun is a compound, an English one is more often followed by a verb.
     */
    static List<String> headNounVariants(String answer, String quote) {
        List<String> variants = new ArrayList<>();
        if (answer.contains("(") || answer.isBlank()) {
            return variants;
        }
        Pattern next = Pattern.compile(BEFORE + phrase(answer) + "[" + QUOTES + "]?(?:\\s*\\([^()]{1,40}\\))?\\s+([\\p{L}\\p{N}]+)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher m = next.matcher(nfkc(quote));
        while (m.find()) {
            String word = KoreanText.stem(m.group(1).toLowerCase());
            boolean content = word.codePointCount(0, word.length()) >= 2 && isHangul(word) && !KoreanText.STOPWORDS.contains(word)
                    && !KoreanText.STOPWORDS.contains(m.group(1).toLowerCase()) && !Character.isDigit(word.charAt(0));
            if (content) {
                variants.add(answer.strip() + " " + m.group(1).substring(0, word.length()));
            }
        }
        return variants;
    }

    static List<String> negations(String answer) {
        List<String> forms = isHangul(answer) ? KOREAN_NEGATIONS : ENGLISH_NEGATIONS;
        return forms.stream().map(form -> form.formatted(answer.strip())).toList();
    }

    private static boolean isHangul(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    /** The answer's words as a pattern, any spacing or quote marks between them. */
    private static String phrase(String answer) {
        List<String> words = new ArrayList<>();
        for (String word : nfkc(answer).strip().split("\\s+")) {
            words.add(Pattern.quote(word));
        }
        return String.join("[\\s" + QUOTES + "]*", words);
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static String quoted(Set<String> texts) {
        return String.join(", ", texts.stream().map(t -> "\"" + t + "\"").toList());
    }
}
