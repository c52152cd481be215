package dev.quizmark.attempt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** The stored form of a response: a JSON array of strings, encoded per question type as AttemptGrader expects. */
public final class Answers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private Answers() {
    }

    public static String encode(List<String> response) {
        try {
            return JSON.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> decode(String json) {
        try {
            return json == null || json.isBlank() ? List.of() : JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bad stored answer: " + json, e);
        }
    }

    /** A response counts as answered when any of its values is filled in. */
    public static boolean isAnswered(List<String> response) {
        return response != null && response.stream().anyMatch(v -> v != null && !v.isBlank());
    }
}
