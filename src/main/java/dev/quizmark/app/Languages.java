package dev.quizmark.app;

import java.util.List;
import java.util.Locale;

/** Picks the page language: the switcher's cookie first, then the browser's Accept-Language, then Korean. */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("ko", "en");
    public static final String DEFAULT = "ko";
    /** The switcher's cookie, see {@link LanguageResource}. */
    public static final String COOKIE = "quizmark-lang";

    private Languages() {
    }

    public static String resolve(String cookieValue, String acceptLanguage) {
        if (cookieValue != null && SUPPORTED.contains(cookieValue)) {
            return cookieValue;
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return tag == null ? DEFAULT : tag;
        } catch (IllegalArgumentException malformedHeader) {
            return DEFAULT;
        }
    }
}
