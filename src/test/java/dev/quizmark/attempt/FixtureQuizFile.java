package dev.quizmark.attempt;

import dev.quizmark.attempt.FixtureQuizzes.Fixture;
import dev.quizmark.attempt.FixtureQuizzes.Quote;
import dev.quizmark.quiz.QuizSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Markdown file of a fixture quiz (docs/quiz-format.md): eight questions, one of each type. */
final class FixtureQuizFile {

    private FixtureQuizFile() {
    }

    static String markdown(Fixture fixture) {
        List<String> readings = new ArrayList<>(fixture.settings().readings());
        fixture.quotes().values().stream().map(Quote::reading).filter(r -> !readings.contains(r)).forEach(readings::add);
        String text = frontMatter(fixture.id(), fixture.settings(), readings) + questions(fixture);
        for (var quote : fixture.quotes().entrySet()) {
            text = text.replace("{#" + quote.getKey() + " ", "{#" + quote.getKey() + " reading=" + quote.getValue().reading() + " ");
        }
        return text;
    }

    private static String questions(Fixture fixture) {
        return """

                ## Title single {#single type=single}

                Which framework?

                - [x] CANN
                  > FEEDBACK-single-a right
                - [ ] CUDA
                  > FEEDBACK-single-b wrong
                - [ ] TensorFlow

                %s
                ## Title multiple {#multiple type=multiple points=2}

                Which formats?

                - [x] BF16
                - [x] FP8
                - [ ] INT4
                  > FEEDBACK-multiple-c

                %s
                ## Title tf {#tf type=true_false}

                It was uploaded.

                Answer: true
                If true: FEEDBACK-tf-true
                If false: FEEDBACK-tf-false

                %s
                ## Title short {#short type=short}

                Benchmark name?

                - Aider
                  > FEEDBACK-short-aider
                - 에이더

                %s
                ## Title numeric {#numeric type=numeric}

                Score?

                Answer: 71.6
                Tolerance: 0.05

                %s
                ## Title ordering {#ordering type=ordering}

                Order these.

                1. first event
                2. second event
                3. third event

                %s
                ## Title matching {#matching type=matching}

                Match.

                - CUDA => nvidia stack
                - CANN => huawei framework
                - Aider => code benchmark

                %s
                ## Title cloze {#cloze type=cloze points=2}

                Context of {{128000|128,000}} tokens, about {{400}} pages.

                %s""".formatted(FixtureQuizzes.QUESTIONS.stream().map(id -> fields(fixture, id)).toArray());
    }

    private static String frontMatter(String id, QuizSettings s, List<String> readings) {
        StringBuilder yaml = new StringBuilder("---\n");
        yaml.append("id: ").append(id).append('\n');
        yaml.append("title: ").append(s.title()).append('\n');
        yaml.append("description: All question types.\n");
        yaml.append("language: ").append(s.language()).append('\n');
        if (s.timeLimit() != null) {
            yaml.append("time_limit: ").append(duration(s.timeLimit())).append('\n');
        }
        if (s.attempts() != null) {
            yaml.append("attempts: ").append(s.attempts()).append('\n');
        }
        yaml.append("pass_mark: ").append(s.passMark()).append('\n');
        yaml.append("shuffle_questions: ").append(s.shuffleQuestions()).append('\n');
        yaml.append("shuffle_choices: ").append(s.shuffleChoices()).append('\n');
        yaml.append("feedback: ").append(s.feedback().name().toLowerCase(Locale.ROOT)).append('\n');
        yaml.append("grading: ").append(s.grading().name().toLowerCase(Locale.ROOT)).append('\n');
        yaml.append("page_size: ").append(s.pageSize()).append('\n');
        if (s.availableFrom() != null) {
            yaml.append("available_from: ").append(s.availableFrom()).append('\n');
        }
        if (s.availableUntil() != null) {
            yaml.append("available_until: ").append(s.availableUntil()).append('\n');
        }
        if (s.classAverage()) {
            yaml.append("class_average: true\n");
        }
        yaml.append("source:\n");
        readings.forEach(reading -> yaml.append("  - file: ").append(reading).append('\n'));
        return yaml.append("---\n").toString();
    }

    private static String duration(Duration duration) {
        return duration.toSeconds() + "s";
    }

    /** Explanation and source quote of a question; a quote from another passage names it on the question. */
    private static String fields(Fixture fixture, String questionId) {
        Quote quote = fixture.quotes().get(questionId);
        String source = quote == null ? "QUOTE-" + questionId + " sentence" : quote.sentence();
        return "Explanation: EXPLAIN-" + questionId + " because\n\nSource: " + source + "\n";
    }
}
