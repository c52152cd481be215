package dev.quizmark.lint;

import dev.quizmark.lint.LintQuestion.Choice;
import dev.quizmark.lint.LintQuestion.Pair;
import dev.quizmark.lint.LintQuestion.Part;
import dev.quizmark.lint.LintQuestion.Unit;
import dev.quizmark.lint.NumberMentions.Mention;
import dev.quizmark.lint.NumberMentions.NumericAnswer;
import dev.quizmark.question.Cloze;
import dev.quizmark.question.ShortAnswer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds questions that give each other away: an answer of one question in the text a student sees in another
 * one before submitting. Pages of an attempt can be revisited until it is submitted, so every question of the
 * quiz counts, and the quiz's title and description; with {@code feedback: immediate} also the review (explanation and
 * source quote) of questions graded earlier. A question's own title must not give its answer away either.
 *
 * <p>Answers: accepted short answers and cloze blanks (as phrases, or as numbers in any written form),
 * numeric keys, the distinctive words of correct choices (words no wrong choice and not the prompt has, seen
 * together with a word of the question's prompt), a matching pair's two sides in one text, and two ordering
 * items in one text. True/false keys are not text and are not checked.
 */
final class CueingRule implements LintRule {

    static final String NAME = "cueing";

    /** Share of an answer's distinctive words that must show up for a choice, pair side or item to count. */
    private static final double ENOUGH_WORDS = 0.6;

    /** More questions showing one answer are reported as one finding on the answer's question. */
    private static final int MAX_LISTED = 3;

    /** Where an answer was found: the part of the other question, and the words that give it away. */
    private record Evidence(Part part, String text) {
    }

    /** One way a question's answer can show up in another question's text. */
    private interface Answer {
        Optional<Evidence> foundIn(List<Unit> units);
    }

    @Override
    public List<Finding> check(QuizContext quiz) {
        List<Finding> findings = new ArrayList<>();
        Set<String> common = commonWords(quiz.questions);
        for (LintQuestion target : quiz.questions) {
            List<Answer> answers = answers(target, common);
            if (answers.isEmpty()) {
                continue;
            }
            find(answers, units(target, Part.TITLE)).ifPresent(e -> findings.add(quiz.warning(target.line(), NAME, target,
                    "the title of question '" + target.id() + "' gives its own answer away: \"" + e.text() + "\"")));
            if (target.is(ShortAnswer.SYNTAX) || target.is(dev.quizmark.question.NumericAnswer.SYNTAX) || target.is(Cloze.SYNTAX)) {
                find(answers, units(target, Part.PROMPT)).ifPresent(e -> findings.add(quiz.warning(quiz.lineOf(target, e.text()),
                        NAME, target, "the prompt of question '" + target.id() + "' contains its own answer: \"" + e.text() + "\"")));
            }
            findings.addAll(shownInOtherQuestions(quiz, target, answers));
            for (Unit quizText : quiz.quizTexts()) {
                String setting = quizText.part() == Part.QUIZ_TITLE ? "title" : "description";
                find(answers, List.of(quizText)).ifPresent(e -> findings.add(quiz.warning(quiz.settingLine(setting), NAME, target,
                        "the " + quizText.part().label + " shows the answer of question '" + target.id() + "' (line "
                                + target.line() + "): \"" + e.text() + "\"")));
            }
        }
        return findings;
    }

    /** One finding per question that shows the answer, or one on the target when more than a few do. */
    private static List<Finding> shownInOtherQuestions(QuizContext quiz, LintQuestion target, List<Answer> answers) {
        List<Finding> shown = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (LintQuestion other : quiz.questions) {
            if (other == target) {
                continue;
            }
            List<Unit> seen = new ArrayList<>(other.visible());
            if (quiz.immediateFeedback()) {
                seen.addAll(other.review());
            }
            find(answers, seen).ifPresent(e -> {
                int line = quiz.lineOf(other, e.text());
                shown.add(quiz.warning(line, NAME, other, "question '" + other.id() + "' shows the answer of question '"
                        + target.id() + "' (line " + target.line() + ") in its " + e.part().label + ": \"" + e.text() + "\""));
                where.add("'" + other.id() + "' line " + line + ": \"" + e.text() + "\"");
            });
        }
        if (shown.size() <= MAX_LISTED) {
            return shown;
        }
        // An answer all over the quiz is one problem of its question, not one of every question showing it.
        return List.of(quiz.warning(target.line(), NAME, target, "the answer of question '" + target.id() + "' shows in "
                + where.size() + " other questions: " + String.join(", ", where)));
    }

    private static List<Unit> units(LintQuestion question, Part part) {
        return question.visible().stream().filter(u -> u.part() == part).toList();
    }

    private static Optional<Evidence> find(List<Answer> answers, List<Unit> units) {
        for (Answer answer : answers) {
            Optional<Evidence> found = answer.foundIn(units);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static List<Answer> answers(LintQuestion q, Set<String> common) {
        List<Answer> answers = new ArrayList<>();
        for (List<String> alternatives : q.textAnswers()) {
            answers.add(units -> textAnswer(alternatives, units));
        }
        if (q.numeric() != null) {
            answers.add(units -> numberIn(q.numeric(), units));
        }
        Set<String> wrong = new HashSet<>();
        q.choices().stream().filter(c -> !c.correct()).forEach(c -> wrong.addAll(KoreanText.contentStems(c.text())));
        Set<String> prompt = KoreanText.contentStems(text(units(q, Part.PROMPT)));
        for (Choice choice : q.choices()) {
            if (!choice.correct()) {
                continue;
            }
            Set<String> distinctive = KoreanText.contentStems(choice.text());
            distinctive.removeAll(wrong);
            distinctive.removeAll(prompt);
            if (distinctive.isEmpty()) {
                continue;
            }
            Set<String> association = new LinkedHashSet<>(KoreanText.contentStems(q.title() + " " + text(units(q, Part.PROMPT))));
            association.removeAll(distinctive);
            association.removeAll(common);
            answers.add(units -> choiceIn(distinctive, association, units));
        }
        for (Pair pair : q.pairs()) {
            Set<String> left = KoreanText.contentStems(pair.left());
            Set<String> right = KoreanText.contentStems(pair.right());
            right.removeAll(left);
            if (!left.isEmpty() && !right.isEmpty()) {
                answers.add(units -> pairIn(left, right, units));
            }
        }
        if (q.items().size() >= 2) {
            List<Set<String>> items = distinctiveItems(q.items(), prompt);
            answers.add(units -> itemsIn(items, units));
        }
        return answers;
    }

    private static Optional<Evidence> textAnswer(List<String> alternatives, List<Unit> units) {
        for (String alternative : alternatives) {
            Optional<Mention> number = NumberMentions.whole(alternative);
            for (Unit unit : units) {
                if (number.isPresent()) {
                    Optional<Evidence> found = numberIn(NumericAnswer.exactly(number.get().value()), List.of(unit));
                    if (found.isPresent()) {
                        return found;
                    }
                } else if (KoreanText.containsPhrase(unit.text(), alternative)) {
                    return Optional.of(new Evidence(unit.part(), alternative));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Evidence> numberIn(NumericAnswer answer, List<Unit> units) {
        for (Unit unit : units) {
            for (Mention mention : NumberMentions.find(unit.text())) {
                if (mention.states(answer)) {
                    return Optional.of(new Evidence(unit.part(), mention.text()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A correct choice shows when most of its distinctive words are in the other question (all its text taken
     * together). One or two words are too common to count alone: a word of this question's prompt must be there
     * too (바이두 alone is not a cue; 바이두 beside "최신 데이터" is).
     */
    private static Optional<Evidence> choiceIn(Set<String> distinctive, Set<String> association, List<Unit> units) {
        Map<String, String> seen = KoreanText.contentWords(text(units));
        List<String> hits = distinctive.stream().filter(seen::containsKey).toList();
        if (hits.size() < enough(distinctive)) {
            return Optional.empty();
        }
        if (distinctive.size() <= 2 && !association.isEmpty() && association.stream().noneMatch(seen::containsKey)) {
            return Optional.empty();
        }
        Part part = units.stream().filter(u -> KoreanText.contentStems(u.text()).contains(hits.get(0))).map(Unit::part)
                .findFirst().orElse(Part.PROMPT);
        return Optional.of(new Evidence(part, words(hits, seen)));
    }

    /** A matching pair shows when one text of the other question names both of its sides. */
    private static Optional<Evidence> pairIn(Set<String> left, Set<String> right, List<Unit> units) {
        for (Unit unit : units) {
            Map<String, String> seen = KoreanText.contentWords(unit.text());
            List<String> leftHits = left.stream().filter(seen::containsKey).toList();
            List<String> rightHits = right.stream().filter(seen::containsKey).toList();
            if (leftHits.size() >= enough(left) && rightHits.size() >= enough(right)) {
                return Optional.of(new Evidence(unit.part(), words(leftHits, seen) + " … " + words(rightHits, seen)));
            }
        }
        return Optional.empty();
    }

    /** An ordering shows when one text of the other question relates two of its items. */
    private static Optional<Evidence> itemsIn(List<Set<String>> items, List<Unit> units) {
        for (Unit unit : units) {
            Map<String, String> seen = KoreanText.contentWords(unit.text());
            List<String> named = new ArrayList<>();
            for (Set<String> item : items) {
                List<String> hits = item.stream().filter(seen::containsKey).toList();
                if (!item.isEmpty() && hits.size() >= enough(item)) {
                    named.add(words(hits, seen));
                }
            }
            if (named.size() >= 2) {
                return Optional.of(new Evidence(unit.part(), String.join(" … ", named)));
            }
        }
        return Optional.empty();
    }

    /** The words of the text that the stems stand for, as written there. */
    private static String words(List<String> stems, Map<String, String> seen) {
        return String.join(" ", stems.stream().map(seen::get).toList());
    }

    /** Each item's words that no other item and not the prompt has. */
    private static List<Set<String>> distinctiveItems(List<String> items, Set<String> prompt) {
        List<Set<String>> stems = items.stream().map(KoreanText::contentStems).toList();
        List<Set<String>> distinctive = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            Set<String> own = new LinkedHashSet<>(stems.get(i));
            for (int j = 0; j < stems.size(); j++) {
                if (j != i) {
                    own.removeAll(stems.get(j));
                }
            }
            own.removeAll(prompt);
            distinctive.add(own);
        }
        return distinctive;
    }

    private static int enough(Set<String> words) {
        return Math.max(1, (int) Math.ceil(ENOUGH_WORDS * words.size()));
    }

    /** Words in the visible text of more than a third of the questions: the quiz's subject, not a cue. */
    private static Set<String> commonWords(List<LintQuestion> questions) {
        Map<String, Integer> counts = new HashMap<>();
        for (LintQuestion q : questions) {
            KoreanText.contentStems(text(q.visible())).forEach(stem -> counts.merge(stem, 1, Integer::sum));
        }
        int limit = Math.max(2, questions.size() / 3);
        Set<String> common = new HashSet<>();
        counts.forEach((stem, count) -> {
            if (count > limit) {
                common.add(stem);
            }
        });
        return common;
    }

    private static String text(List<Unit> units) {
        StringBuilder text = new StringBuilder();
        units.forEach(u -> text.append(u.text()).append('\n'));
        return text.toString();
    }
}
