package dev.quizmark.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The cell rules of docs/csv-export.md, one by one. */
class CsvCellsTest {

    @Test
    void textThatSpreadsheetsWouldRunAsAFormulaGetsAnApostrophe() {
        assertEquals("'=HYPERLINK(\"http://x\")", CsvCells.text("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", CsvCells.text("+1"));
        assertEquals("'-3", CsvCells.text("-3"));
        assertEquals("'@SUM(A1)", CsvCells.text("@SUM(A1)"));
        assertEquals("'\tx", CsvCells.text("\tx"));
        assertEquals("'\rx", CsvCells.text("\rx"));
    }

    @Test
    void otherTextIsLeftAlone() {
        assertEquals("김민수", CsvCells.text("김민수"));
        assertEquals("a=b", CsvCells.text("a=b"));
        assertEquals(" =x", CsvCells.text(" =x"));
        assertEquals("", CsvCells.text(""));
        assertEquals("", CsvCells.text(null));
    }

    @Test
    void numbersStayNumbersEvenWhenNegative() {
        assertEquals("-3", CsvCells.number(new BigDecimal("-3.000")));
        assertEquals("72.5", CsvCells.number(new BigDecimal("72.50")));
        assertEquals("100", CsvCells.number(new BigDecimal("1.0E+2")));
        assertEquals("", CsvCells.number(null));
    }

    @Test
    void booleansAreWordsAndUnknownIsEmpty() {
        assertEquals("true", CsvCells.bool(true));
        assertEquals("false", CsvCells.bool(false));
        assertEquals("", CsvCells.bool(null));
    }

    @Test
    void timesAreIsoWithSecondsAndTheCourseOffset() {
        ZoneId seoul = ZoneId.of("Asia/Seoul");
        assertEquals("2026-03-02T11:00:00+09:00", CsvCells.time(Timestamp.from(Instant.parse("2026-03-02T02:00:00Z")), seoul));
        assertEquals("2026-03-02T11:00:07+09:00", CsvCells.time(Timestamp.from(Instant.parse("2026-03-02T02:00:07.900Z")), seoul));
        assertEquals("2026-03-02T02:00:00Z", CsvCells.time(Timestamp.from(Instant.parse("2026-03-02T02:00:00Z")), ZoneId.of("UTC")));
        assertEquals("", CsvCells.time(null, seoul));
    }
}
