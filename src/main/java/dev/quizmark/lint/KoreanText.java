package dev.quizmark.lint;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text comparison that tolerates how Korean is written: full-width and half-width forms (NFKC), case, spacing
 * (띄어쓰기 varies, so phrases are compared without spaces) and the particles and endings that attach to the end
 * of a word (CANN으로, 환각이, 단종하고). Numbers are left to {@link NumberMentions}.
 */
final class KoreanText {

    /** A word: letters and digits, joined inside by . _ - (V3.1, FP8_E4M3, GPT-5). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[._\\-][\\p{L}\\p{N}]+)*");

    /** Particles (조사) and the copula, longest first so that 에서 is taken before 에. */
    private static final List<String> PARTICLES = sortedLongestFirst(List.of(
            "에서는", "으로는", "으로의", "이라는", "에게서", "에서의", "에서", "에게", "으로", "부터", "까지", "처럼", "보다",
            "이라", "라는", "이나", "이다", "이며", "에는", "와의", "과의", "와는", "과는", "은", "는", "을", "를", "이", "가",
            "의", "에", "로", "와", "과", "도", "만", "들", "나"));

    /**
     * One-syllable particles that also end ordinary nouns (국가, 차이, 회의, 정도): stripped only when at least
     * two syllables remain.
     */
    private static final Set<String> AMBIGUOUS = Set.of("이", "가", "의", "에", "로", "와", "과", "도", "만", "들", "나");

    /** What may follow a noun inside the same word: particles, and the verb/adjective stems made from nouns. */
    private static final List<String> WORD_ENDINGS = sortedLongestFirst(concat(PARTICLES,
            List.of("하", "한", "할", "함", "해", "했", "되", "된", "될", "됨", "됐", "돼", "적", "시키", "스러", "답")));

    /** Words that carry no content of their own in quiz prompts and choices. */
    static final Set<String> STOPWORDS = Set.of(
            "기사", "다음", "무엇", "무엇입니까", "것", "것은", "모두", "고르세요", "쓰세요", "답하세요", "배열하세요", "연결하세요",
            "있다", "없다", "했다", "한다", "하는", "하고", "위해", "대한", "대해", "통해", "따르면", "가장", "있는", "없는",
            "또는", "그리고", "하지만", "그러나", "그", "이", "저", "등", "및", "더", "때문", "경우", "정도", "어떤", "어느",
            "옳은", "틀린", "설명", "내용", "두", "한", "세", "여러", "같은", "다른", "않았다", "않는다", "아니다", "아닌",
            "됐다", "되었다", "있었다", "합니까", "입니까", "있습니까", "했습니까", "됩니까", "숫자만", "한다고",
            "the", "a", "an", "of", "to", "in", "and", "or", "is", "are", "was", "were", "for", "on", "with", "by",
            "as", "at", "that", "this", "it", "which", "what", "not", "its", "from", "be", "has", "have", "had");

    private KoreanText() {
    }

    /** NFKC (full-width letters and digits become ordinary ones) and lower case. */
    static String normalize(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The words of {@code text}, normalised, in order. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(normalize(text));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * The word without particles at its end: 바이두가 → 바이두, cann으로 → cann; 국가 stays 국가. Stripping repeats,
     * so that a word and the same word with a particle end alike (화웨이 → 화웨, 화웨이의 → 화웨이 → 화웨).
     */
    static String stem(String word) {
        String stem = word;
        for (int round = 0; round < 3; round++) {
            String shorter = stripParticle(stem);
            if (shorter.equals(stem)) {
                break;
            }
            stem = shorter;
        }
        return stem;
    }

    private static String stripParticle(String word) {
        for (String particle : PARTICLES) {
            if (word.endsWith(particle)) {
                String stem = word.substring(0, word.length() - particle.length());
                int minimum = AMBIGUOUS.contains(particle) ? 2 : 1;
                if (stem.codePointCount(0, stem.length()) >= minimum && Character.isLetterOrDigit(stem.codePointBefore(stem.length()))) {
                    return stem;
                }
            }
        }
        return word;
    }

    /** Stems of the content words: stop words and one-letter words left out. */
    static Set<String> contentStems(String text) {
        return contentWords(text).keySet();
    }

    /** The content words by stem, each stem with the word it first stands for in the text (for messages). */
    static Map<String, String> contentWords(String text) {
        Map<String, String> stems = new LinkedHashMap<>();
        for (String word : words(text)) {
            String stem = stem(word);
            if (stem.codePointCount(0, stem.length()) >= 2 && !STOPWORDS.contains(stem) && !STOPWORDS.contains(word)) {
                stems.putIfAbsent(stem, word);
            }
        }
        return stems;
    }

    /** The text with everything but letters and digits removed, for comparing regardless of spacing. */
    static String compact(String text) {
        return String.join("", words(text));
    }

    /**
     * Whether {@code phrase} occurs in {@code text} starting at the start of a word and ending at the end of a
     * word or where a particle or noun-made ending begins; spacing is ignored on both sides. "CANN" occurs in
     * "화웨이의 'CANN' 프레임워크로", "단종" in "R1을 단종하고", "툴체인" in "툴 체인"; "어니" does not occur in "어니언".
     */
    static boolean containsPhrase(String text, String phrase) {
        String needle = compact(phrase);
        if (needle.isEmpty()) {
            return false;
        }
        List<String> words = words(text);
        StringBuilder joined = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (String word : words) {
            starts.add(joined.length());
            joined.append(word);
        }
        String haystack = joined.toString();
        for (int w = 0; w < words.size(); w++) {
            int start = starts.get(w);
            if (!haystack.startsWith(needle, start)) {
                continue;
            }
            int end = start + needle.length();
            int endWord = wordAt(starts, end - 1);
            int wordEnd = starts.get(endWord) + words.get(endWord).length();
            if (end == wordEnd || startsWithEnding(haystack.substring(end, wordEnd))) {
                return true;
            }
        }
        return false;
    }

    private static int wordAt(List<Integer> starts, int offset) {
        int index = 0;
        while (index + 1 < starts.size() && starts.get(index + 1) <= offset) {
            index++;
        }
        return index;
    }

    private static boolean startsWithEnding(String rest) {
        return WORD_ENDINGS.stream().anyMatch(rest::startsWith);
    }

    private static List<String> sortedLongestFirst(List<String> list) {
        return list.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
