package dev.quizmark.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A student account to create, from the create form or one roster row. Values are trimmed and blanks become
 * null, so "  " in a spreadsheet cell is the same as an empty cell.
 */
public record NewStudent(String username, String displayName, String studentNumber, String group, String email) {

    /**
     * ASCII only, starting with a letter or digit: usernames are typed on phones and shared keyboards, and a
     * leading "=", "+", "-" or "@" would also be a spreadsheet formula in every export.
     */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    public static NewStudent of(String username, String displayName, String studentNumber, String group, String email) {
        return new NewStudent(clean(username), clean(displayName), clean(studentNumber), clean(group), clean(email));
    }

    public String value(RosterField field) {
        return switch (field) {
            case USERNAME -> username;
            case DISPLAY_NAME -> displayName;
            case STUDENT_NUMBER -> studentNumber;
            case GROUP -> group;
            case EMAIL -> email;
        };
    }

    /** Everything wrong with the values themselves (uniqueness is checked against the others and the database). */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        for (RosterField field : RosterField.values()) {
            String value = value(field);
            if (value == null) {
                if (field.required()) {
                    problems.add(new FieldProblem(field, RosterProblem.Reason.REQUIRED, null));
                }
            } else if (value.length() > field.maxLength) {
                problems.add(new FieldProblem(field, RosterProblem.Reason.TOO_LONG, value));
            } else if (CONTROL.matcher(value).find()) {
                problems.add(new FieldProblem(field, RosterProblem.Reason.CONTROL_CHARACTERS, value));
            } else if (field == RosterField.USERNAME && !USERNAME.matcher(value).matches()) {
                problems.add(new FieldProblem(field, RosterProblem.Reason.BAD_USERNAME, value));
            } else if (field == RosterField.EMAIL && !EMAIL.matcher(value).matches()) {
                problems.add(new FieldProblem(field, RosterProblem.Reason.BAD_EMAIL, value));
            }
        }
        return problems;
    }

    /** One bad value of a student's details. */
    public record FieldProblem(RosterField field, RosterProblem.Reason reason, String value) {
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
