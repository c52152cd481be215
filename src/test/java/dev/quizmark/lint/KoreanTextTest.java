package dev.quizmark.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class KoreanTextTest {

    @Test
    void particlesAtWordEndsAreStripped() {
        assertEquals("바이두", KoreanText.stem("바이두가"));
        assertEquals("cann", KoreanText.stem("cann으로"));
        assertEquals("데이터", KoreanText.stem("데이터에서는"));
        assertEquals(KoreanText.stem("화웨이"), KoreanText.stem("화웨이의"), "a word and the word with a particle end alike");
        assertEquals("국가", KoreanText.stem("국가"), "가 of a two-syllable noun is not a particle");
        assertEquals("칩이", KoreanText.stem("칩이"), "one syllable left is too short to be sure");
    }

    @Test
    void phrasesMatchAtWordStartsWhateverTheSpacingAndParticles() {
        assertTrue(KoreanText.containsPhrase("화웨이의 'CANN' 프레임워크로", "CANN"));
        assertTrue(KoreanText.containsPhrase("화웨이의 ＣＡＮＮ으로 넘어가는", "cann"), "full-width letters and a particle");
        assertTrue(KoreanText.containsPhrase("R1을 단종하고 모든 접점을", "단종"), "a noun made into a verb");
        assertTrue(KoreanText.containsPhrase("기본 모델부터 툴 체인까지", "툴체인"), "spacing ignored");
        assertTrue(KoreanText.containsPhrase("환각 현상이 빈번해졌다", "환각현상"));
        assertTrue(KoreanText.containsPhrase("Huawei's CANN framework", "cann framework"));
        assertFalse(KoreanText.containsPhrase("어니언 수프", "어니"), "어니언 is another word");
        assertFalse(KoreanText.containsPhrase("체인 스토어", "툴체인"));
        assertFalse(KoreanText.containsPhrase("the canned answer", "cann"), "an English word is not a particle");
        assertFalse(KoreanText.containsPhrase("FP8_E4M3 형식", "E4M3"), "inside a name");
    }

    @Test
    void contentStemsLeaveOutStopWordsAndOneLetterWords() {
        assertEquals(Set.of("바이두", "바이트댄스", "최신", "데이터"),
                KoreanText.contentStems("기사에 따르면 바이두와 바이트댄스는 최신 데이터를 모두 곳 등"));
        assertEquals(Set.of("huawei", "ascend", "chips"), KoreanText.contentStems("the Huawei Ascend chips"));
    }
}
