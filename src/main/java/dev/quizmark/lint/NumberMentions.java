package dev.quizmark.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as people write them in Korean and English text: "6850억", "12만 8,000", "685B", "128k",
 * "685,000,000,000", "71.6%", "1.01달러". Digits that belong to a name (R1, V3.1, FP8_E4M3, GPT-5, 클로드4) are
 * not numbers.
 */
final class NumberMentions {

    /**
     * @param value    what the text means: 6850억 → 685,000,000,000
     * @param written  the first number as written: 6850억 → 6850
     * @param withUnit whether a unit word (억, 만, B, k …) scaled it
     * @param text     the mention as it stands in the text
     */
    record Mention(double value, double written, boolean withUnit, String text) {

        /** Whether this mention states {@code answer}, in any of its written forms. */
        boolean states(NumericAnswer answer) {
            if (answer.contains(value) || answer.contains(written)) {
                return true;
            }
            // An answer asked for "in 억" (6850) is stated by 685B or 685,000,000,000 too.
            if (withUnit || Math.abs(value) >= 1_000_000) {
                for (double scale : SCALES) {
                    if (answer.contains(value / scale)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * A numeric answer: a value with tolerance, or a range. A range's end points are not the answer itself
     * (68..70 accepts a rounded 69, and 70 is the number the question gives), so only its inside counts, or
     * the single value of a one-point range.
     */
    record NumericAnswer(double min, double max, boolean range) {

        static NumericAnswer exactly(double value) {
            return new NumericAnswer(value, value, false);
        }

        boolean contains(double number) {
            double epsilon = 1e-9 * Math.max(1, Math.abs(number));
            if (range && min < max) {
                return number > min + epsilon && number < max - epsilon;
            }
            return number >= min - epsilon && number <= max + epsilon;
        }
    }

    private static final double[] SCALES = {1e3, 1e4, 1e6, 1e8, 1e9, 1e12};
    private static final Map<String, Double> LATIN_UNITS = Map.of("k", 1e3, "m", 1e6, "b", 1e9, "bn", 1e9, "t", 1e12);

    private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    /** A number not glued to a word before it (R1, V3.1, 클로드4, GPT-5) nor part of a longer number. */
    private static final Pattern START = Pattern.compile("(?<![\\p{L}\\p{N}_.,])(?<![\\p{L}\\p{N}]-)" + NUMBER);
    private static final Pattern PLAIN = Pattern.compile("\\s*" + NUMBER);
    /** Korean number units: an optional 십/백/천 and an optional 만/억/조, at least one of them (3천억, 12만, 8천). */
    private static final Pattern KOREAN_UNIT = Pattern.compile("\\s?([십백천]?)([만억조]?)");
    private static final Pattern LATIN_UNIT = Pattern.compile("\\s?(bn|[kmbt])(?![\\p{IsLatin}\\p{N}_])");

    private NumberMentions() {
    }

    static List<Mention> find(String text) {
        String normalized = KoreanText.normalize(text);
        List<Mention> mentions = new ArrayList<>();
        Matcher number = START.matcher(normalized);
        int from = 0;
        while (from < normalized.length() && number.find(from)) {
            double written = parse(number.group());
            int end = number.end();
            Mention mention;
            Matcher latin = LATIN_UNIT.matcher(normalized).region(end, normalized.length());
            if (koreanUnit(normalized, end) > 0) {
                mention = korean(normalized, number.start());
            } else if (latin.lookingAt()) {
                mention = new Mention(written * LATIN_UNITS.get(latin.group(1)), written, true,
                        normalized.substring(number.start(), latin.end()));
            } else if (end < normalized.length() && (isLatin(normalized.charAt(end)) || normalized.charAt(end) == '_')) {
                from = end;
                continue; // part of a name such as 3D or 4o
            } else {
                mention = new Mention(written, written, false, number.group());
            }
            mentions.add(mention);
            from = number.start() + mention.text().length();
        }
        return mentions;
    }

    /** The multiplier of the Korean unit at {@code at} (천 1000, 만 10000, 3천억's 천억 10^11), or 0 when none. */
    private static double koreanUnit(String text, int at) {
        Matcher unit = KOREAN_UNIT.matcher(text).region(at, text.length());
        if (!unit.lookingAt() || unit.group(1).isEmpty() && unit.group(2).isEmpty()) {
            return 0;
        }
        double small = switch (unit.group(1)) {
            case "십" -> 10;
            case "백" -> 100;
            case "천" -> 1000;
            default -> 1;
        };
        double big = switch (unit.group(2)) {
            case "만" -> 1e4;
            case "억" -> 1e8;
            case "조" -> 1e12;
            default -> 1;
        };
        return small * big;
    }

    /** Number-unit groups, largest unit first, and a last plain number: 12만 8,000 → 128000, 1억 2000만 → 120,000,000. */
    private static Mention korean(String text, int start) {
        double total = 0;
        double smallestUnit = Double.MAX_VALUE;
        double first = Double.NaN;
        int end = start;
        while (true) {
            Matcher number = PLAIN.matcher(text).region(end, text.length());
            if (!number.lookingAt()) {
                break;
            }
            double value = parse(number.group().strip());
            first = Double.isNaN(first) ? value : first;
            double unit = koreanUnit(text, number.end());
            if (unit == 0) {
                boolean plainNumberFollows = number.end() < text.length()
                        && (Character.isDigit(text.charAt(number.end())) || isLatin(text.charAt(number.end())));
                if (value < smallestUnit && !plainNumberFollows) {
                    total += value;
                    end = number.end();
                }
                break;
            }
            if (unit >= smallestUnit) {
                break;
            }
            Matcher unitText = KOREAN_UNIT.matcher(text).region(number.end(), text.length());
            unitText.lookingAt();
            total += value * unit;
            smallestUnit = unit;
            end = unitText.end();
        }
        return new Mention(total, first, true, text.substring(start, end));
    }

    /** The number {@code text} consists of, when it is nothing but one number (units and % allowed). */
    static java.util.Optional<Mention> whole(String text) {
        List<Mention> found = find(text);
        if (found.size() != 1) {
            return java.util.Optional.empty();
        }
        String rest = KoreanText.normalize(text).replace(found.get(0).text(), "");
        return rest.codePoints().anyMatch(Character::isLetterOrDigit) ? java.util.Optional.empty() : java.util.Optional.of(found.get(0));
    }

    private static boolean isLatin(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static double parse(String number) {
        return Double.parseDouble(number.replace(",", ""));
    }
}
