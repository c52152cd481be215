package dev.quizmark.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.account.RosterCsvImporter.Problem;
import dev.quizmark.account.RosterCsvImporter.ProblemKind;
import dev.quizmark.account.RosterCsvImporter.Result;
import dev.quizmark.account.RosterCsvImporter.Row;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RosterCsvImporterTest {

    private static Result parse(String csv) {
        return RosterCsvImporter.parse(csv, Set.of("taken")::contains);
    }

    private static List<String> summary(Result result) {
        return result.problems().stream().map(p -> p.line() + ":" + p.field() + ":" + p.kind()).toList();
    }

    @Test
    void readsEnglishHeaderAndOptionalColumns() {
        Result result = parse("username,display_name,student_number,group,email\n"
                + "kim.minji,김민지,20240001,A,minji@example.com\n"
                + "lee_jun,이준,,B,\n");
        assertTrue(result.ok(), summary(result).toString());
        assertEquals(List.of(new Row(2, "kim.minji", "김민지", "20240001", "A", "minji@example.com"),
                new Row(3, "lee_jun", "이준", null, "B", null)), result.rows());
    }

    @Test
    void readsKoreanHeaderWithBomFromBytes() {
        byte[] bytes = ("\uFEFF아이디,이름,학번,분반,이메일\r\npark-s,\"박, 서연\",20240002,1반,\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Result result = RosterCsvImporter.parse(bytes, username -> false);
        assertTrue(result.ok(), summary(result).toString());
        assertEquals(List.of(new Row(2, "park-s", "박, 서연", "20240002", "1반", null)), result.rows());
    }

    @Test
    void emailColumnMayBeLeftOutAndColumnsInAnyOrder() {
        Result result = parse("display_name,username\n홍길동,hong\n");
        assertTrue(result.ok());
        assertEquals("hong", result.rows().get(0).username());
        assertEquals("홍길동", result.rows().get(0).displayName());
    }

    @Test
    void reportsEveryBadRowWithItsLineAndField() {
        Result result = parse("username,display_name,student_number,group,email\n"
                + "good1,Good,,,\n"                 // 2 fine
                + ",No Username,,,\n"               // 3 missing username
                + "Bad Name!,Bad,,,\n"              // 4 bad username
                + "good1,Again,,,\n"                // 5 duplicate of line 2
                + "\n"                              // 6 blank, skipped
                + "taken,Exists,,,\n"               // 7 already an account
                + "noname,,,,\n"                    // 8 missing name
                + "mail,Mail,,,not-an-email\n");    // 9 bad email
        assertFalse(result.ok());
        assertTrue(result.rows().isEmpty(), "nothing to create when any row is bad");
        assertEquals(List.of("3:username:MISSING_USERNAME", "4:username:BAD_USERNAME", "5:username:DUPLICATE_IN_FILE",
                "7:username:ALREADY_EXISTS", "8:display_name:MISSING_NAME",
                "9:email:BAD_EMAIL"), summary(result));
        Problem duplicate = result.problems().get(2);
        assertEquals(2, duplicate.otherLine());
    }

    @Test
    void lineNumbersCountQuotedLineBreaks() {
        Result result = parse("username,display_name\n"
                + "a1a,\"two\nlines\"\n"
                + "x,short\n");
        assertEquals(List.of("4:username:BAD_USERNAME"), summary(result));
    }

    @Test
    void koreanHeaderNamesAppearInProblems() {
        Result result = parse("아이디,이름\nok1,\n");
        assertEquals(List.of("2:이름:MISSING_NAME"), summary(result));
    }

    @Test
    void headerProblems() {
        assertEquals(List.of("1:nickname:UNKNOWN_COLUMN", "1:display_name:MISSING_COLUMN"),
                summary(parse("username,nickname\nabc,x\n")));
        assertEquals(List.of("0:null:EMPTY_FILE"), summary(parse("username,display_name\n\n")));
        assertEquals(List.of("0:null:EMPTY_FILE"), summary(parse("")));
    }

    @Test
    void rejectsNonUtf8() {
        byte[] cp949 = "아이디,이름\nkim,김\n".getBytes(Charset.forName("MS949"));
        assertEquals(List.of(ProblemKind.NOT_UTF8),
                RosterCsvImporter.parse(cp949, u -> false).problems().stream().map(Problem::kind).toList());
    }

    @Test
    void malformedCsvIsReportedNotThrown() {
        Result result = parse("username,display_name\nabc,\"unclosed\n");
        assertEquals(List.of(ProblemKind.MALFORMED), result.problems().stream().map(Problem::kind).toList());
    }

    @Test
    void rowsOfOnlyCommasAreSkipped() {
        Result result = parse("username,display_name,group\nabc,A,\n,,\n");
        assertTrue(result.ok());
        assertEquals(1, result.rows().size());
    }
}
