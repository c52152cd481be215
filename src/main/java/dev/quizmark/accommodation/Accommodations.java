package dev.quizmark.accommodation;

import dev.quizmark.account.Account;
import dev.quizmark.audit.AuditEntry;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies accommodations to a quiz's settings for one student; the attempt rules (start window, attempt limit,
 * deadline) then run on the result, on the server.
 *
 * <p>Combining: the time limit and the window come from the most specific accommodation that sets them
 * (the student's own for this quiz, then the student's for every quiz, then the group's for this quiz, then the
 * group's for every quiz); where several equally specific ones set a field, the most generous wins. Extra
 * attempts add up, so "one more attempt" can be granted again and again.
 */
@ApplicationScoped
public class Accommodations {

    /** The accommodations that apply to a student on a quiz, most specific first. */
    public List<Accommodation> applying(Account student, String quizId) {
        return Accommodation.<Accommodation>list("(accountId = ?1 or (groupName is not null and groupName = ?2))"
                        + " and (quizId is null or quizId = ?3)", student.id, student.groupName == null ? "" : student.groupName,
                        quizId).stream()
                .sorted(Comparator.comparingInt(Accommodation::specificity).reversed()).toList();
    }

    /** The quiz as this student takes it. */
    public Quiz effective(Account student, Quiz quiz) {
        List<Accommodation> applying = applying(student, quiz.id());
        return applying.isEmpty() ? quiz
                : new Quiz(quiz.id(), quiz.path(), quiz.contentHash(), effective(quiz.settings(), applying), quiz.questions());
    }

    static QuizSettings effective(QuizSettings s, List<Accommodation> applying) {
        Duration limit = s.timeLimit();
        if (limit != null) {
            BigDecimal multiplier = mostSpecific(applying, a -> a.timeMultiplier, Comparator.<BigDecimal>naturalOrder());
            Integer minutes = mostSpecific(applying, a -> a.extraMinutes, Comparator.<Integer>naturalOrder());
            if (multiplier != null) {
                limit = Duration.ofSeconds(BigDecimal.valueOf(limit.getSeconds()).multiply(multiplier).longValue());
            }
            if (minutes != null) {
                limit = limit.plusMinutes(minutes);
            }
        }
        Integer attempts = s.attempts();
        if (attempts != null) {
            attempts += applying.stream().map(a -> a.extraAttempts).filter(n -> n != null).mapToInt(Integer::intValue).sum();
        }
        Instant from = mostSpecific(applying, a -> a.availableFrom, Comparator.<Instant>reverseOrder());
        Instant until = mostSpecific(applying, a -> a.availableUntil, Comparator.<Instant>naturalOrder());
        return new QuizSettings(s.title(), s.descriptionHtml(), s.language(), limit, attempts, s.passMark(),
                s.shuffleQuestions(), s.shuffleChoices(), s.feedback(), s.pageSize(),
                from != null ? from.atOffset(ZoneOffset.UTC) : s.availableFrom(),
                until != null ? until.atOffset(ZoneOffset.UTC) : s.availableUntil(), s.readings(), s.grading(), s.liveTime(), s.classAverage());
    }

    /** The value from the most specific accommodations that set it; among equals, the greatest by {@code generous}. */
    private static <T> T mostSpecific(List<Accommodation> applying, Function<Accommodation, T> field, Comparator<T> generous) {
        Optional<Integer> level = applying.stream().filter(a -> field.apply(a) != null).map(Accommodation::specificity)
                .max(Integer::compare);
        return level.flatMap(l -> applying.stream().filter(a -> a.specificity() == l).map(field).filter(v -> v != null)
                .max(generous)).orElse(null);
    }

    /**
     * When the quiz's review "after close" may open: the latest closing time any accommodation gives on this quiz,
     * if later than the quiz's own — so no answers are shown while a student with an extension is still working.
     */
    public Optional<Instant> latestClose(String quizId) {
        return Optional.ofNullable(Accommodation.getEntityManager().createQuery(
                "select max(a.availableUntil) from Accommodation a where a.quizId is null or a.quizId = :quiz", Instant.class)
                .setParameter("quiz", quizId).getSingleResult());
    }

    @Transactional
    public Accommodation create(Accommodation accommodation, long actorId) {
        accommodation.createdBy = actorId;
        accommodation.createdAt = Instant.now();
        accommodation.persist();
        AuditEntry.record(actorId, "ACCOMMODATION_SET", accommodation.accountId, null, describe(accommodation));
        return accommodation;
    }

    @Transactional
    public boolean delete(long id, long actorId) {
        Accommodation accommodation = Accommodation.findById(id);
        if (accommodation == null) {
            return false;
        }
        AuditEntry.record(actorId, "ACCOMMODATION_REMOVED", accommodation.accountId, null, describe(accommodation));
        accommodation.delete();
        return true;
    }

    public List<Accommodation> all() {
        return Accommodation.list("order by createdAt desc, id desc");
    }

    /** Plain words for the audit trail. */
    static String describe(Accommodation a) {
        StringBuilder text = new StringBuilder();
        text.append(a.accountId != null ? "student " + a.accountId : "group " + a.groupName)
                .append(a.quizId != null ? ", quiz " + a.quizId : ", every quiz");
        if (a.timeMultiplier != null) {
            text.append(", time ×").append(a.timeMultiplier.stripTrailingZeros().toPlainString());
        }
        if (a.extraMinutes != null) {
            text.append(", +").append(a.extraMinutes).append(" min");
        }
        if (a.extraAttempts != null) {
            text.append(", +").append(a.extraAttempts).append(" attempts");
        }
        if (a.availableFrom != null) {
            text.append(", from ").append(a.availableFrom);
        }
        if (a.availableUntil != null) {
            text.append(", until ").append(a.availableUntil);
        }
        return text.append("; reason: ").append(a.reason).toString();
    }
}
