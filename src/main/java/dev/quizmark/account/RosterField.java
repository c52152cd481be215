package dev.quizmark.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a roster CSV. Header names are matched loosely (case, spaces, "_" and "-" ignored) and in
 * English or Korean, because rosters come out of school systems and spreadsheets with their own spelling.
 */
public enum RosterField {
    USERNAME("username", 64, List.of("username", "user", "login", "userid", "아이디", "사용자명")),
    DISPLAY_NAME("display_name", 200, List.of("displayname", "name", "fullname", "이름", "성명")),
    STUDENT_NUMBER("student_number", 64, List.of("studentnumber", "studentno", "studentid", "number", "학번")),
    GROUP("group", 100, List.of("group", "section", "groupname", "class", "분반", "반")),
    EMAIL("email", 254, List.of("email", "mail", "이메일"));

    /** The canonical header name, used in docs, error messages and the create form. */
    public final String column;
    public final int maxLength;
    private final List<String> aliases;

    RosterField(String column, int maxLength, List<String> aliases) {
        this.column = column;
        this.maxLength = maxLength;
        this.aliases = aliases;
    }

    public boolean required() {
        return this == USERNAME || this == DISPLAY_NAME;
    }

    static Optional<RosterField> ofHeader(String header) {
        String key = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-/]", "");
        for (RosterField field : values()) {
            if (field.aliases.contains(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
