package dev.quizmark.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.account.Account;
import dev.quizmark.account.Role;
import dev.quizmark.attempt.Attempt;
import dev.quizmark.attempt.QuestionResponse;
import dev.quizmark.question.ChoiceQuestion;
import dev.quizmark.question.ShortAnswer;
import dev.quizmark.question.TrueFalse;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import dev.quizmark.support.Browser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A shipped quiz played live in Chromium: the instructor's projector and three phones (two with JavaScript, one
 * without). One phone reloads mid-question, the phone without JavaScript answers after the deadline and is told
 * so, and the final board agrees with the attempts stored for the three students.
 */
@QuarkusTest
class LiveBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    QuizCatalog catalog;

    private record Phone(String name, Account account, Browser browser, boolean javascript) {
    }

    @Test
    void oneHostAndThreePhonesPlayAShippedQuiz() {
        Quiz quiz = catalog.current("deepseek-r2-delay").orElseThrow();
        List<Question> questions = LiveQuestions.of(quiz);
        List<Phone> phones = new ArrayList<>();
        Browser host = new Browser(base.toString(), true);
        try {
            host.signIn("instructor", "instructor-test-password");
            host.open("/instructor/live");
            host.assertAccessible("live start page");
            new Select(host.driver.findElement(By.id("live-quiz"))).selectByValue(quiz.id());
            WebElement seconds = host.driver.findElement(By.id("live-seconds"));
            seconds.clear();
            seconds.sendKeys("60");
            // Two teams: the phones join A, B, A (each goes to the team with fewer players).
            new Select(host.driver.findElement(By.id("live-teams"))).selectByValue("2");
            host.driver.findElement(By.cssSelector("form[action='/instructor/live'] button[type=submit]")).click();
            host.waitFor(d -> host.path().matches("/instructor/live/\\d+"));
            long id = Long.parseLong(host.path().replaceAll("\\D", ""));
            String pin = LiveFlowTest.session(id).pin;
            assertEquals(pin, text(host, ".live-pin strong"));
            assertTrue(host.driver.findElements(By.cssSelector("svg.qr")).size() == 1, "QR code on the projector");
            host.assertAccessible("host lobby");
            host.screenshot("live-host-lobby");

            for (String name : List.of("Phone One", "Phone Two", "Phone Three")) {
                boolean javascript = !name.equals("Phone Three");
                Account account = student(name);
                Browser phone = new Browser(base.toString(), javascript);
                phones.add(new Phone(name, account, phone, javascript));
                phone.signIn(account.username, "pw-" + account.username);
                phone.open("/live?pin=" + pin);
                phone.driver.findElement(By.cssSelector("form.live-join-form button[type=submit]")).click();
                phone.waitFor(d -> phone.path().equals("/live/sessions/" + id));
            }
            phones.get(0).browser().assertAccessible("phone lobby");
            // The projector's roster fills in by itself (event stream).
            host.waitFor(d -> d.findElements(By.cssSelector(".live-players li")).size() == 3);
            assertEquals(List.of("팀 A", "팀 B", "팀 A"), host.driver.findElements(By.cssSelector(".live-players li .tag"))
                    .stream().map(WebElement::getText).toList(), "teams in the order of joining");

            click(host, "button[value=START]");
            host.waitFor(d -> LiveFlowTest.session(id).state == LiveState.OPEN);
            Map<String, Integer> expectedRight = new HashMap<>();
            for (int index = 0; index < questions.size(); index++) {
                Question question = questions.get(index);
                for (Phone phone : phones) {
                    awaitQuestion(phone, question);
                }
                if (index == 0) {
                    host.assertAccessible("host question");
                    phones.get(0).browser().assertAccessible("phone question");
                    host.screenshot("live-host-question");
                    phones.get(0).browser().screenshot("live-phone-question");
                    // A reload mid-question: the same player, the same question, still answerable.
                    phones.get(1).browser().driver.navigate().refresh();
                    awaitQuestion(phones.get(1), question);
                }
                answer(phones.get(0), question, true);
                answer(phones.get(1), question, false);
                count(expectedRight, phones.get(0).name());
                if (index == 1) {
                    // Phone Three's deadline passes before it answers; its page has no script to take the form away.
                    QuarkusTransaction.requiringNew().run(() ->
                            LiveSession.update("deadline = ?1 where id = ?2", Instant.now().minusMillis(1), id));
                    answer(phones.get(2), question, true);
                    String alert = text(phones.get(2).browser(), "#live-notice");
                    assertTrue(alert.contains("늦었습니다"), "the late phone is told why: " + alert);
                } else {
                    answer(phones.get(2), question, true);
                    count(expectedRight, phones.get(2).name());
                }
                host.waitFor(d -> !d.findElements(By.cssSelector("button[value=REVEAL]")).isEmpty());
                click(host, "button[value=REVEAL]");
                host.waitFor(d -> !d.findElements(By.cssSelector("svg.distribution")).isEmpty());
                phones.get(0).browser().waitFor(d -> !d.findElements(By.cssSelector(".live-result.ok")).isEmpty());
                phones.get(1).browser().waitFor(d -> !d.findElements(By.cssSelector(".live-result.bad")).isEmpty());
                if (index == 0) {
                    host.assertAccessible("host results");
                    phones.get(0).browser().assertAccessible("phone result");
                    host.screenshot("live-host-results");
                    phones.get(0).browser().screenshot("live-phone-result");
                }
                click(host, "button[value=LEADERBOARD]");
                host.waitFor(d -> !d.findElements(By.cssSelector("table.live-players-board")).isEmpty());
                if (index == 0) {
                    host.assertAccessible("host leaderboard");
                    host.screenshot("live-host-leaderboard");
                }
                click(host, "button[value=NEXT]");
            }

            host.waitFor(d -> d.findElements(By.cssSelector("table.live-players-board tbody tr")).size() == 3);
            host.assertAccessible("final board");
            Map<String, Integer> boardRight = new HashMap<>();
            for (WebElement row : host.driver.findElements(By.cssSelector("table.live-players-board tbody tr"))) {
                List<WebElement> cells = row.findElements(By.tagName("td"));
                boardRight.put(cells.get(1).getText(), Integer.parseInt(cells.get(3).getText()));
            }
            expectedRight.putIfAbsent("Phone Two", 0);
            assertEquals(expectedRight, boardRight);
            // The team board: team A is Phone One and Phone Three, team B Phone Two alone.
            Map<String, List<String>> teamRows = new HashMap<>();
            for (WebElement row : host.driver.findElements(By.cssSelector("table.live-teams tbody tr"))) {
                List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
                teamRows.put(cells.get(1), List.of(cells.get(2), cells.get(4)));
            }
            assertEquals(Map.of(
                    "팀 A", List.of("2", String.valueOf(expectedRight.getOrDefault("Phone One", 0) + expectedRight.getOrDefault("Phone Three", 0))),
                    "팀 B", List.of("1", String.valueOf(expectedRight.get("Phone Two")))), teamRows, "members and right answers per team");
            phones.get(0).browser().waitFor(d -> !d.findElements(By.cssSelector(".live-big")).isEmpty());
            assertTrue(text(phones.get(0).browser(), ".live-meta").contains("팀 A"), "the phone names its team");
            assertTrue(phones.get(0).browser().driver.getPageSource().contains("팀 A: 2팀 중 1위"),
                    "Phone One's team (two right players) beats Phone Two's");
            phones.get(0).browser().screenshot("live-phone-final");

            double max = questions.stream().mapToDouble(Question::points).sum();
            for (Phone phone : phones) {
                List<Attempt> attempts = QuarkusTransaction.requiringNew().call(() ->
                        Attempt.<Attempt>list("accountId = ?1 and liveSessionId = ?2", phone.account().id, id));
                assertEquals(1, attempts.size(), phone.name());
                Attempt attempt = attempts.get(0);
                long right = QuarkusTransaction.requiringNew().call(() -> QuestionResponse.ofAttempt(attempt.id).stream()
                        .filter(r -> Boolean.TRUE.equals(r.correct)).count());
                assertEquals((long) boardRight.get(phone.name()), right, phone.name() + ": board and stored attempt agree");
                assertEquals(0, BigDecimal.valueOf(max).compareTo(attempt.maxPoints), "every live question was played");
            }
        } finally {
            phones.forEach(phone -> phone.browser().close());
            host.close();
        }
    }

    private static void count(Map<String, Integer> right, String name) {
        right.merge(name, 1, Integer::sum);
    }

    private static Account student(String name) {
        String username = "live-" + UUID.randomUUID().toString().substring(0, 8);
        return QuarkusTransaction.requiringNew().call(() -> Account.create(username, "pw-" + username, Role.STUDENT, name));
    }

    /** Until the phone shows the question's answer form: by its stream, or by the refresh link without JavaScript. */
    private static void awaitQuestion(Phone phone, Question question) {
        Browser b = phone.browser();
        try {
            waitForQuestion(phone, question);
        } catch (org.openqa.selenium.TimeoutException e) {
            String logs = b.driver.manage().logs().get("browser").getAll().toString();
            throw new AssertionError(phone.name() + " never showed " + question.id() + ": " + b.driver.getPageSource() + "\n" + logs, e);
        }
    }

    private static void waitForQuestion(Phone phone, Question question) {
        Browser b = phone.browser();
        b.waitFor(d -> {
            if (!phone.javascript()) {
                d.findElement(By.cssSelector(".live-refresh a")).click();
            }
            return d.findElements(By.cssSelector("form.live-answer input[name=question][value='" + question.id() + "']")).size() == 1;
        });
    }

    private static void answer(Phone phone, Question question, boolean right) {
        Browser b = phone.browser();
        String field = "q." + question.id();
        if (question.kind() instanceof ChoiceQuestion choice) {
            List<Integer> picks = new ArrayList<>();
            for (int i = 0; i < choice.choices().size(); i++) {
                if (choice.choices().get(i).correct() == right) {
                    picks.add(i + 1);
                    if (!right) {
                        break;
                    }
                }
            }
            if (question.kind().typeName().equals("single")) {
                click(b, "button[name='" + field + "'][value='" + picks.get(0) + "']");
            } else {
                for (int pick : picks) {
                    click(b, "input[name='" + field + "'][value='" + pick + "']");
                }
                click(b, "button.live-send");
            }
        } else if (question.kind() instanceof TrueFalse tf) {
            click(b, "button[name='" + field + "'][value='" + (tf.answer() == right) + "']");
        } else if (question.kind() instanceof ShortAnswer shortAnswer) {
            b.driver.findElement(By.id("live-typed")).sendKeys(right ? shortAnswer.accepted().get(0) : "zzz");
            click(b, "button.live-send");
        } else {
            throw new IllegalStateException("no live answer for " + question.kind().typeName());
        }
        b.waitFor(d -> d.findElements(By.cssSelector("form.live-answer input[name=question][value='" + question.id() + "']")).isEmpty());
    }

    /** An element's text, read again if the stream replaced the element meanwhile. */
    private static String text(Browser b, String css) {
        return b.waitFor(d -> {
            try {
                return d.findElement(By.cssSelector(css)).getText();
            } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return null;
            }
        });
    }

    /** Clicks, finding the element again if the stream replaced it meanwhile. */
    private static void click(Browser b, String css) {
        b.waitFor(d -> {
            try {
                d.findElement(By.cssSelector(css)).click();
                return true;
            } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
    }
}
