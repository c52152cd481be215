package dev.quizmark.account;

import java.util.List;

/**
 * The problems of an account form as the page shows them: a summary linking each field, and a message under it
 * that names the field. Shared by the instructor's "new account" page and self-registration.
 */
public record AccountFormErrors(List<FieldError> list) {

    public static final AccountFormErrors NONE = new AccountFormErrors(List.of());

    /** A message for one form field; {@code field} is the input's id. */
    public record FieldError(String field, String message) {
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public boolean has(String field) {
        return list.stream().anyMatch(e -> e.field().equals(field));
    }

    public String of(String field) {
        return list.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse("");
    }

    /** Messages naming the field for each problem of the account form. */
    static List<FieldError> of(AccountMessages msg, List<AccountForm.FieldProblem> problems) {
        return problems.stream().map(p -> new FieldError(p.field(), msg.fieldProblem(label(msg, p.field()), describe(msg, p))))
                .toList();
    }

    private static String label(AccountMessages msg, String field) {
        return switch (field) {
            case "username" -> msg.username();
            case "displayName" -> msg.displayName();
            case "studentNumber" -> msg.studentNumber();
            case "group" -> msg.group();
            case "email" -> msg.email();
            case "password" -> msg.password();
            default -> field;
        };
    }

    private static String describe(AccountMessages msg, AccountForm.FieldProblem problem) {
        return switch (problem.problem()) {
            case REQUIRED -> msg.errorRequired();
            case USERNAME_FORMAT -> msg.errorUsernameFormat();
            case USERNAME_TAKEN -> msg.errorUsernameTaken();
            case PASSWORD_SHORT -> msg.errorPasswordShort(problem.limit());
            case PASSWORD_LONG -> msg.errorPasswordLong(problem.limit());
            case EMAIL -> msg.errorEmail();
            case TOO_LONG -> msg.errorTooLong(problem.limit());
        };
    }
}
