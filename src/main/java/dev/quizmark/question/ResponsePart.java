package dev.quizmark.question;

/**
 * One class of responses in Moodle's response analysis: a choice that was picked, a typed answer (counted as equal
 * when it normalises alike), or a whole response for types whose parts are not counted one by one.
 *
 * @param code    stable, language-independent code (a choice id, the normalised answer, the response's values)
 * @param text    plain text as the student saw or typed it (escaped by the page)
 * @param correct whether this class earns full marks on its own (a right choice, a right answer)
 */
public record ResponsePart(String code, String text, boolean correct) {
}
