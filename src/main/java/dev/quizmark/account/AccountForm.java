package dev.quizmark.account;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The "new student account" form as typed, trimmed; blank optional fields are null. */
public record AccountForm(String username, String displayName, String studentNumber, String group, String email,
        String password) {

    public enum Problem {
        REQUIRED, USERNAME_FORMAT, USERNAME_TAKEN, PASSWORD_SHORT, PASSWORD_LONG, EMAIL, TOO_LONG
    }

    /** {@code field} is the form field's name (and input id); {@code limit} the length for length problems. */
    public record FieldProblem(String field, Problem problem, int limit) {
    }

    public static AccountForm of(String username, String displayName, String studentNumber, String group,
            String email, String password) {
        return new AccountForm(AccountRules.clean(username), AccountRules.clean(displayName),
                AccountRules.clean(studentNumber), AccountRules.clean(group), AccountRules.clean(email),
                password == null ? "" : password);
    }

    /** The form as typed but without the password, to show again after a problem. */
    public AccountForm withoutPassword() {
        return new AccountForm(username, displayName, studentNumber, group, email, "");
    }

    /** Every problem, in form order; empty when the account can be created. */
    public List<FieldProblem> validate(Predicate<String> usernameTaken) {
        List<FieldProblem> problems = new ArrayList<>();
        if (username == null) {
            problems.add(new FieldProblem("username", Problem.REQUIRED, 0));
        } else if (!AccountRules.validUsername(username)) {
            problems.add(new FieldProblem("username", Problem.USERNAME_FORMAT, 0));
        } else if (usernameTaken.test(username)) {
            problems.add(new FieldProblem("username", Problem.USERNAME_TAKEN, 0));
        }
        if (displayName == null) {
            problems.add(new FieldProblem("displayName", Problem.REQUIRED, 0));
        } else if (displayName.length() > AccountRules.MAX_DISPLAY_NAME) {
            problems.add(new FieldProblem("displayName", Problem.TOO_LONG, AccountRules.MAX_DISPLAY_NAME));
        }
        if (studentNumber != null && studentNumber.length() > AccountRules.MAX_STUDENT_NUMBER) {
            problems.add(new FieldProblem("studentNumber", Problem.TOO_LONG, AccountRules.MAX_STUDENT_NUMBER));
        }
        if (group != null && group.length() > AccountRules.MAX_GROUP) {
            problems.add(new FieldProblem("group", Problem.TOO_LONG, AccountRules.MAX_GROUP));
        }
        if (email != null && !AccountRules.validEmail(email)) {
            problems.add(new FieldProblem("email", Problem.EMAIL, 0));
        }
        if (password.length() < AccountRules.MIN_PASSWORD_LENGTH) {
            problems.add(new FieldProblem("password", Problem.PASSWORD_SHORT, AccountRules.MIN_PASSWORD_LENGTH));
        } else if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > AccountRules.MAX_PASSWORD_LENGTH) {
            problems.add(new FieldProblem("password", Problem.PASSWORD_LONG, AccountRules.MAX_PASSWORD_LENGTH));
        }
        return problems;
    }
}
