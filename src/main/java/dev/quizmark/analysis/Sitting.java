package dev.quizmark.analysis;

import java.util.List;
import java.util.Map;

/**
 * One analysed attempt: its total mark (Moodle's "sumgrades", the sum of its question marks) and, per question
 * id, the mark it earned and the response given.
 */
public record Sitting(long attemptId, double total, Map<String, Answered> answers) {

    /** @param mark points earned on the question (not a fraction) */
    public record Answered(double mark, List<String> response) {
    }
}
