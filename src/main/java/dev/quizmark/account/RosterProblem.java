package dev.quizmark.account;

/**
 * One thing wrong with a roster file, at a line of the file (1 = header; 0 = the file as a whole).
 *
 * @param column    the column as the file names it (or the canonical name), null for whole-row problems
 * @param value     the offending value, or null
 * @param otherLine DUPLICATE_IN_FILE: the line that has the value first
 */
public record RosterProblem(long line, String column, Reason reason, String value, long otherLine) {

    public enum Reason {
        NOT_UTF8, EMPTY_FILE, MALFORMED, MISSING_COLUMN, UNKNOWN_COLUMN, DUPLICATE_COLUMN, TOO_MANY_ROWS,
        WRONG_VALUE_COUNT, REQUIRED, TOO_LONG, CONTROL_CHARACTERS, BAD_USERNAME, BAD_EMAIL, DUPLICATE_IN_FILE,
        USERNAME_TAKEN
    }

    static RosterProblem ofFile(Reason reason, String value) {
        return new RosterProblem(0, null, reason, value, 0);
    }
}
