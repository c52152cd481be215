package dev.quizmark.account;

public enum Role {
    STUDENT, INSTRUCTOR;

    /** Security role names used in {@code @RolesAllowed}. */
    public static final String STUDENT_ROLE = "student";
    public static final String INSTRUCTOR_ROLE = "instructor";

    public String roleName() {
        return this == STUDENT ? STUDENT_ROLE : INSTRUCTOR_ROLE;
    }
}
