package dev.quizmark.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quizmark.lint.NumberMentions.Mention;
import dev.quizmark.lint.NumberMentions.NumericAnswer;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberMentionsTest {

    private static List<Double> values(String text) {
        return NumberMentions.find(text).stream().map(Mention::value).toList();
    }

    @Test
    void koreanUnitsAndGroupedNumbers() {
        assertEquals(List.of(685e9), values("전체 6850억 개의 매개변수"));
        assertEquals(List.of(128_000.0), values("최대 12만 8,000 토큰"));
        assertEquals(List.of(128_000.0), values("12만8000 토큰"));
        assertEquals(List.of(120_000_000.0), values("1억 2000만 원"));
        assertEquals(List.of(3e11), values("3천억"));
        assertEquals(List.of(1.01, 1450.0), values("약 1.01달러(약 1,450원)"));
        assertEquals(List.of(70.0, 100_000.0), values("약 70달러(약 10만 원)"));
    }

    @Test
    void englishUnitsPercentAndPlainNumbers() {
        assertEquals(List.of(685e9), values("a 685B model"));
        assertEquals(List.of(128_000.0), values("128k tokens"));
        assertEquals(List.of(685e9), values("685,000,000,000 parameters"));
        assertEquals(List.of(71.6), values("71.6%의 정확도"));
        assertEquals(List.of(2025.0, 5.0, 250.0), values("2025년 5월, R1 출시 후 250일"));
        assertEquals(List.of(685e9), values("ｆｕｌｌ-width ６８５Ｂ"), "full-width digits");
    }

    @Test
    void digitsInNamesAreNotNumbers() {
        assertEquals(List.of(), values("R1, V3.1, FP8_E4M3, BF16, GPT-5, 클로드4, 3D"));
    }

    @Test
    void everyWrittenFormStatesTheSameAnswer() {
        NumericAnswer inHundredMillions = NumericAnswer.exactly(6850);
        for (String form : List.of("6850억", "685B", "685,000,000,000", "6,850억")) {
            assertTrue(NumberMentions.find(form).get(0).states(inHundredMillions), form);
        }
        assertTrue(NumberMentions.find("71.6%").get(0).states(new NumericAnswer(71.55, 71.65, false)));
        NumericAnswer rounded = new NumericAnswer(68, 70, true);
        assertEquals(List.of(false, true), NumberMentions.find("70달러, 69배").stream().map(m -> m.states(rounded)).toList(),
                "a range's end is the number a question gives, its inside the answer");
    }

    @Test
    void wholeNumberAnswers() {
        assertTrue(NumberMentions.whole("12만 8,000").isPresent());
        assertTrue(NumberMentions.whole("71.6%").isPresent());
        assertTrue(NumberMentions.whole("400페이지").isEmpty(), "a number with a word is a phrase");
    }
}
