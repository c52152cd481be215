package dev.quizmark.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.account.RosterCsvImporter.Roster;
import dev.quizmark.account.RosterProblem.Reason;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The roster reader on its own: formats, line numbers and every kind of bad row. */
class RosterCsvImporterTest {

    private static Roster read(String text) {
        return RosterCsvImporter.read(text.getBytes(StandardCharsets.UTF_8));
    }

    /** "line:column:reason" per problem, easy to compare as a whole. */
    private static List<String> problems(Roster roster) {
        return roster.problems().stream().map(p -> p.line() + ":" + p.column() + ":" + p.reason()).toList();
    }

    @Test
    void goodFileWithBomCrlfQuotesAndKoreanHeaders() {
        Roster roster = read("\uFEFF아이디,이름,학번,분반,이메일\r\n"
                + "kim01,\"김, 민수\",20250001,A,kim@example.org\r\n"
                + "\r\n"
                + "lee02,\"이 \"\"영희\"\"\",20250002,B,\r\n");
        assertEquals(List.of(), roster.problems());
        assertEquals(List.of(
                new RosterCsvImporter.Row(2, new NewStudent("kim01", "김, 민수", "20250001", "A", "kim@example.org")),
                new RosterCsvImporter.Row(4, new NewStudent("lee02", "이 \"영희\"", "20250002", "B", null))),
                roster.rows());
    }

    @Test
    void englishHeadersInAnyOrderWithoutOptionalColumnsAndLfLineEnds() {
        Roster roster = read("Display Name,USERNAME,Section\n박지민,park03,C\n");
        assertTrue(roster.ok(), roster.problems().toString());
        assertEquals(new NewStudent("park03", "박지민", null, "C", null), roster.rows().get(0).student());
    }

    @Test
    void everyBadRowIsReportedWithItsLine() {
        Roster roster = read("username,display_name,student_number,group,email\n"
                + "ok01,좋은 행,1,A,\n"                                 // line 2: fine
                + ",이름만,2,A,\n"                                      // line 3: username missing
                + "=cmd,수식,3,A,\n"                                    // line 4: username not allowed
                + "ok04,\"여러\n줄 이름\",4,A,not-an-email\n"           // lines 5-6: line break in a name, bad email
                + "OK01,중복,5,A,\n"                                    // line 7: same username as line 2
                + "ok08,,6,A,\n"                                        // line 8: display name missing
                + "ok09,번호 중복,1,A,\n"                               // line 9: same student number as line 2
                + "ok10,열 하나 더,7,A,,extra\n");                      // line 10: too many values
        assertEquals(List.of(
                "3:username:REQUIRED",
                "4:username:BAD_USERNAME",
                "5:display_name:CONTROL_CHARACTERS",
                "5:email:BAD_EMAIL",
                "7:username:DUPLICATE_IN_FILE",
                "8:display_name:REQUIRED",
                "9:student_number:DUPLICATE_IN_FILE",
                "10:null:WRONG_VALUE_COUNT"), problems(roster));
        assertEquals(2, roster.problems().get(4).otherLine(), "line 7 repeats the username of line 2");
        assertEquals("OK01", roster.problems().get(4).value());
        assertEquals(8, roster.rows().size(), "rows are kept for the database checks that follow");
    }

    @Test
    void tooLongValuesNameTheColumnAsTheFileSpellsIt() {
        Roster roster = read("아이디,이름,분반\nkim,김,\"" + "가".repeat(101) + "\"\n");
        assertEquals(List.of("2:분반:TOO_LONG"), problems(roster));
    }

    @Test
    void headerProblemsStopBeforeTheRows() {
        assertEquals(List.of("1:emial:UNKNOWN_COLUMN", "1:display_name:MISSING_COLUMN"),
                problems(read("username,emial\nkim,kim@example.org\n")));
        assertEquals(List.of("1:login:DUPLICATE_COLUMN"), problems(read("username,name,login\na,b,c\n")));
    }

    @Test
    void emptyAndHeaderOnlyFiles() {
        assertEquals(List.of("0:null:EMPTY_FILE"), problems(read("")));
        assertEquals(List.of("0:null:EMPTY_FILE"), problems(read("\uFEFF\r\n\r\n")));
        assertEquals(List.of("2:null:EMPTY_FILE"), problems(read("username,display_name\r\n")));
    }

    @Test
    void legacyKoreanEncodingIsRefused() {
        byte[] cp949 = "username,display_name\nkim,김민수\n".getBytes(Charset.forName("MS949"));
        assertEquals(List.of("0:null:NOT_UTF8"), problems(RosterCsvImporter.read(cp949)));
    }

    @Test
    void brokenQuotingIsReportedAtItsLine() {
        Roster roster = read("username,display_name\nkim,김\nlee,\"이\"x,\n");
        assertEquals(1, roster.problems().size());
        assertEquals(Reason.MALFORMED, roster.problems().get(0).reason());
        assertEquals(3, roster.problems().get(0).line());
    }

    @Test
    void trailingEmptyColumnsFromSpreadsheetsAreIgnored() {
        Roster roster = read("username,display_name,,\nkim,김,,\n");
        assertTrue(roster.ok(), roster.problems().toString());
    }
}
