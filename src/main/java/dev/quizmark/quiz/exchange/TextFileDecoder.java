package dev.quizmark.quiz.exchange;

import dev.quizmark.quiz.QuizProblem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a question bank's bytes into text: a byte-order mark (UTF-8, UTF-16) decides; otherwise UTF-8, and when
 * the bytes are not UTF-8, the encoding juniversalchardet detects, with a problem that names the first line that
 * is not UTF-8, instead of silently showing {@code �}.
 */
public final class TextFileDecoder {

    /** @param problems empty when the file is UTF-8 (or has a byte-order mark) */
    public record Decoded(String text, Charset charset, List<QuizProblem> problems) {
    }

    private TextFileDecoder() {
    }

    public static Decoded decode(String path, byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, List.of());
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, List.of());
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, List.of());
        }
        int bad = firstMalformed(bytes);
        if (bad < 0) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, List.of());
        }
        Charset detected = detect(bytes);
        int line = 1;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        String message = "the file is not UTF-8 (first bad byte on this line); "
                + (detected == null ? "its encoding could not be detected, read as windows-1252"
                        : "read as " + detected.name() + ", the detected encoding")
                + ": save it as UTF-8";
        Charset used = detected == null ? Charset.forName("windows-1252") : detected;
        return new Decoded(new String(bytes, used), used, List.of(new QuizProblem(path, line, message)));
    }

    /** The offset of the first byte that is not UTF-8, or -1. */
    private static int firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        try {
            return name == null ? null : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
