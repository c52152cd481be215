package dev.quizmark.question;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every question type, in the order docs/quiz-format.md lists them. */
public final class QuestionKinds {

    public static final List<KindSyntax> ALL = List.of(SingleChoice.SYNTAX, MultipleChoice.SYNTAX, TrueFalse.SYNTAX,
            ShortAnswer.SYNTAX, NumericAnswer.SYNTAX, Ordering.SYNTAX, Matching.SYNTAX, Cloze.SYNTAX);

    private QuestionKinds() {
    }

    public static Optional<KindSyntax> named(String typeName) {
        return ALL.stream().filter(kind -> kind.typeName().equals(typeName)).findFirst();
    }

    /** The id of one fragment of a type's template, {@code kinds/<type name>.html}: {@code input} or {@code key}. */
    public static String template(String typeName, String fragment) {
        return "kinds/" + typeName + "$" + fragment;
    }

    /** "single, multiple, … or cloze", for messages. */
    public static String names() {
        List<String> names = ALL.stream().map(KindSyntax::typeName).toList();
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + names.get(names.size() - 1);
    }
}
