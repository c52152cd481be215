package dev.quizmark.question;

import dev.quizmark.question.AnswerCounts.GivenAnswer;
import dev.quizmark.question.AnswerInput.BlankPart;
import dev.quizmark.question.KindSyntax.AnswerList;
import dev.quizmark.question.ReviewParts.Row;
import dev.quizmark.quiz.MarkdownRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks in the prompt, written {@code {{answer|alternative}}}; each blank is graded like a short answer and earns
 * its share. Response: one text per blank.
 *
 * @param segmentsHtml the rendered prompt cut at the blanks (blanks + 1 pieces)
 * @param blanks       accepted answers per blank
 */
public record Cloze(List<String> segmentsHtml, List<List<String>> blanks) implements QuestionKind {

    public static final KindSyntax SYNTAX = new KindSyntax("cloze", AnswerList.NONE, List.of(), true, Cloze::read);

    private static final Pattern BLANK = Pattern.compile("\\{\\{([^{}]*)\\}\\}");

    /** Blanks become placeholder words before rendering, then the HTML is cut at them. */
    static Cloze read(QuestionSource source) {
        String markdown = source.promptMarkdown();
        if (markdown.isEmpty()) {
            return new Cloze(List.of(), List.of());
        }
        List<List<String>> blanks = new ArrayList<>();
        Matcher m = BLANK.matcher(markdown);
        StringBuilder withTokens = new StringBuilder();
        while (m.find()) {
            List<String> accepted = ShortAnswer.alternatives(m.group(1));
            if (accepted.isEmpty()) {
                source.problem("cloze blank {{}} has no answer: write {{answer}} or {{answer|alternative}}");
            }
            blanks.add(accepted);
            m.appendReplacement(withTokens, "QZBLANK" + (blanks.size() - 1) + "QZ");
        }
        m.appendTail(withTokens);
        if (blanks.isEmpty()) {
            source.problem("cloze question has no blanks: mark each one like {{answer}}");
        }
        return new Cloze(List.of(MarkdownRenderer.html(withTokens.toString()).split("QZBLANK\\d+QZ", -1)), List.copyOf(blanks));
    }

    /** "a | b": the accepted answers of a blank, for the preview. */
    public String blankAnswers(int blank) {
        return String.join(" | ", blanks.get(blank));
    }

    @Override
    public String typeName() {
        return SYNTAX.typeName();
    }

    @Override
    public double fraction(List<String> response) {
        return Responses.share(blanks.size(), b -> blankRight(b, Responses.at(response, b)));
    }

    private boolean blankRight(int blank, String given) {
        return ShortAnswer.accepts(blanks.get(blank), null, given);
    }

    @Override
    public List<String> correctResponse() {
        return blanks.stream().map(accepted -> accepted.get(0)).toList();
    }

    @Override
    public List<String> read(PostedForm form, AnswerFields fields, DisplayOrder order) {
        List<String> response = new ArrayList<>();
        for (int b = 1; b <= blanks.size(); b++) {
            response.add(form.text(fields.name(b)));
        }
        return response;
    }

    @Override
    public AnswerInput input(List<String> response, AnswerFields fields, DisplayOrder order) {
        List<BlankPart> parts = new ArrayList<>();
        for (int s = 0; s < segmentsHtml.size(); s++) {
            parts.add(new BlankPart(segmentsHtml.get(s), s < segmentsHtml.size() - 1, s + 1, fields.inputId(s + 1),
                    fields.name(s + 1), Responses.at(response, s)));
        }
        return new AnswerInput.Blanks(parts);
    }

    /** The prompt with numbered blank marks, and a row per blank. */
    @Override
    public ReviewParts review(String promptHtml, List<String> response, DisplayOrder order, QuestionMessages words) {
        StringBuilder prompt = new StringBuilder();
        for (int s = 0; s < segmentsHtml.size(); s++) {
            prompt.append(segmentsHtml.get(s));
            if (s < segmentsHtml.size() - 1) {
                prompt.append("<span class=\"blank-ref\">(").append(s + 1).append(")</span>");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int b = 0; b < blanks.size(); b++) {
            String given = Responses.at(response, b);
            rows.add(new Row("(" + (b + 1) + ") " + words.blankLabel(b + 1), null, given, blankAnswers(b),
                    given.isEmpty() ? null : blankRight(b, given)));
        }
        return ReviewParts.rows(prompt.toString(), rows);
    }

    /** "(1) 128,000; (2) 400": each blank's text with its number. */
    @Override
    public String describe(List<String> response) {
        List<String> described = new ArrayList<>();
        for (int b = 0; b < response.size(); b++) {
            described.add("(" + (b + 1) + ") " + response.get(b));
        }
        return String.join("; ", described);
    }

    /** Moodle's default for types without an estimate of their own. */
    @Override
    public Double randomGuessScore() {
        return 0.0;
    }

    @Override
    public AnswerCounts count(List<GivenAnswer> answers) {
        return AnswerCounts.NONE;
    }
}
