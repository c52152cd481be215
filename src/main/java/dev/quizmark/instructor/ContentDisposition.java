package dev.quizmark.instructor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The {@code Content-Disposition} header of a download (RFC 6266). A name of plain file-name characters goes in
 * {@code filename="..."} as it is; any other name also goes, UTF-8 percent-encoded, in {@code filename*} (RFC 8187),
 * with an ASCII stand-in in {@code filename} for old clients, so no quote, semicolon or line break can reach the
 * header from a name.
 */
public final class ContentDisposition {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]+");

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        if (PLAIN.matcher(fileName).matches()) {
            return "attachment; filename=\"" + fileName + "\"";
        }
        String fallback = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        // Form encoding differs from RFC 8187's only in '+' for space and an unescaped '*'.
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}
