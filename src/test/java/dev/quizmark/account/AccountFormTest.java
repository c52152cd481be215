package dev.quizmark.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.account.AccountForm.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountFormTest {

    private static List<String> problems(AccountForm form) {
        return form.validate(Set.of("taken")::contains).stream().map(p -> p.field() + ":" + p.problem()).toList();
    }

    @Test
    void validFormHasNoProblems() {
        AccountForm form = AccountForm.of(" kim.minji ", " 김민지 ", "", " A ", "", "long enough");
        assertEquals(List.of(), problems(form));
        assertEquals("kim.minji", form.username());
        assertEquals("A", form.group());
        assertEquals(null, form.studentNumber());
    }

    @Test
    void reportsEachBadField() {
        assertEquals(List.of("username:USERNAME_FORMAT", "displayName:REQUIRED", "email:EMAIL", "password:PASSWORD_SHORT"),
                problems(AccountForm.of("Kim!", " ", null, null, "x@y", "short")));
        assertEquals(List.of("username:REQUIRED"), problems(AccountForm.of("", "n", null, null, null, "12345678")));
        assertEquals(List.of("username:USERNAME_TAKEN"), problems(AccountForm.of("taken", "n", null, null, null, "12345678")));
        assertEquals(List.of("username:USERNAME_FORMAT"), problems(AccountForm.of("ab", "n", null, null, null, "12345678")));
        assertEquals(Problem.PASSWORD_LONG, AccountForm.of("abc", "n", null, null, null, "x".repeat(73))
                .validate(u -> false).get(0).problem());
    }

    @Test
    void generatedPasswordsAreLongRandomAndUnambiguous() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = PasswordGenerator.generate();
            assertTrue(password.length() >= 12);
            assertTrue(password.chars().allMatch(c -> PasswordGenerator.ALPHABET.indexOf(c) >= 0));
            assertTrue(password.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0));
            seen.add(password);
        }
        assertEquals(200, seen.size());
    }
}
