package dev.quizmark.quiz.exchange;

import dev.quizmark.quiz.QuizProblem;
import dev.quizmark.quiz.SafeHtml;
import dev.quizmark.quiz.exchange.ExchangeQuestion.Answer;
import dev.quizmark.quiz.exchange.ExchangeQuestion.Body;
import dev.quizmark.quiz.exchange.ExchangeQuestion.Choices;
import dev.quizmark.quiz.exchange.ExchangeQuestion.Match;
import dev.quizmark.quiz.exchange.ExchangeQuestion.NumberAnswer;
import dev.quizmark.quiz.exchange.ExchangeQuestion.Numeric;
import dev.quizmark.quiz.exchange.ExchangeQuestion.Pair;
import dev.quizmark.quiz.exchange.ExchangeQuestion.ShortAnswers;
import dev.quizmark.quiz.exchange.ExchangeQuestion.TrueFalse;
import dev.quizmark.quiz.exchange.ExchangeQuestion.TypedAnswer;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads Moodle XML (Moodle's question bank export) with StAX, DTDs and external entities off: multichoice (single
 * and multiple), truefalse, shortanswer, numerical, matching and ordering (qtype_ordering) become Quizmark
 * questions; categories become topics; every other type (essay, calculated, cloze, gapselect, ddwtos, …) is
 * reported with its XML line.
 */
public final class MoodleXmlReader {

    public record Result(List<ExchangeQuestion> questions, List<QuizProblem> problems) {
    }

    /** One element of the file: enough of a tree for questions, with the line it starts on. */
    private record Element(String name, Map<String, String> attributes, StringBuilder text, List<Element> children, int line) {

        Element child(String name) {
            return children.stream().filter(c -> c.name.equals(name)).findFirst().orElse(null);
        }

        List<Element> all(String name) {
            return children.stream().filter(c -> c.name.equals(name)).toList();
        }

        /** The text of a child element's {@code <text>}, or of the child itself; "" when absent. */
        String textOf(String name) {
            Element child = child(name);
            if (child == null) {
                return "";
            }
            Element text = child.child("text");
            return (text == null ? child.text : text.text).toString().strip();
        }

        FormattedText formatted(String name, TextFormat fallback) {
            Element child = child(name);
            if (child == null) {
                return FormattedText.empty(fallback);
            }
            return new FormattedText(textOf(name), format(child.attributes.get("format"), fallback));
        }
    }

    private final String path;
    private final List<ExchangeQuestion> questions = new ArrayList<>();
    private final List<QuizProblem> problems = new ArrayList<>();
    private String category;

    private MoodleXmlReader(String path) {
        this.path = path;
    }

    public static Result read(String path, String xml) {
        MoodleXmlReader reader = new MoodleXmlReader(path);
        try {
            Element quiz = parse(xml);
            if (!quiz.name.equals("quiz")) {
                reader.problem(quiz.line, "not a Moodle XML question file: the root element is <" + quiz.name + ">, expected <quiz>");
            } else {
                for (Element question : quiz.all("question")) {
                    reader.question(question);
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            reader.problem(line, "not well-formed XML: " + e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", ""));
        }
        if (reader.questions.isEmpty() && reader.problems.isEmpty()) {
            reader.problem(1, "the file has no questions");
        }
        return new Result(List.copyOf(reader.questions), List.copyOf(reader.problems));
    }

    private static Element parse(String xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
        Deque<Element> open = new ArrayDeque<>();
        Element root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                Map<String, String> attributes = new LinkedHashMap<>();
                for (int i = 0; i < reader.getAttributeCount(); i++) {
                    attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                }
                Element element = new Element(reader.getLocalName(), attributes, new StringBuilder(), new ArrayList<>(),
                        reader.getLocation().getLineNumber());
                if (open.isEmpty()) {
                    root = element;
                } else {
                    open.peek().children.add(element);
                }
                open.push(element);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open.pop();
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) && !open.isEmpty()) {
                open.peek().text.append(reader.getText());
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("entity references (&" + reader.getLocalName() + ";) are not allowed", reader.getLocation());
            }
        }
        if (root == null) {
            throw new XMLStreamException("the file has no elements");
        }
        return root;
    }

    private void problem(int line, String message) {
        problems.add(new QuizProblem(path, line, message));
    }

    private void question(Element q) {
        String type = q.attributes.getOrDefault("type", "");
        if (type.equals("category")) {
            category = q.textOf("category");
            return;
        }
        TextFormat format = format(q.child("questiontext") == null ? null : q.child("questiontext").attributes.get("format"), TextFormat.HTML);
        FormattedText prompt = q.formatted("questiontext", TextFormat.HTML);
        FormattedText general = q.formatted("generalfeedback", format);
        String name = SafeHtml.text(q.textOf("name"));
        Body body = switch (type) {
            case "multichoice" -> choices(q, format);
            case "truefalse" -> trueFalse(q, format);
            case "shortanswer" -> shortAnswers(q, format);
            case "numerical" -> numbers(q, format);
            case "matching" -> match(q, format);
            case "ordering" -> ordering(q, format);
            default -> null;
        };
        if (body == null) {
            if (problems.stream().noneMatch(p -> p.line() == q.line)) {
                problem(q.line, "Moodle question type '" + type + "' is not supported: Quizmark imports multichoice, truefalse, "
                        + "shortanswer, numerical, matching and ordering");
            }
            return;
        }
        String idNumber = q.textOf("idnumber");
        questions.add(new ExchangeQuestion(q.line, q.line, name.isEmpty() ? null : name, category, prompt, general, body,
                idNumber.isEmpty() ? null : idNumber));
    }

    private static double fraction(Element answer) {
        try {
            return Double.parseDouble(answer.attributes.getOrDefault("fraction", "0")) / 100;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Body choices(Element q, TextFormat format) {
        boolean single = !q.textOf("single").equalsIgnoreCase("false") && !q.textOf("single").equals("0");
        List<Answer> answers = new ArrayList<>();
        for (Element a : q.all("answer")) {
            answers.add(new Answer(new FormattedText(textOf(a), format(a.attributes.get("format"), format)), fraction(a),
                    a.formatted("feedback", format)));
        }
        return new Choices(single, List.copyOf(answers));
    }

    private static Body trueFalse(Element q, TextFormat format) {
        FormattedText ifTrue = FormattedText.empty(format);
        FormattedText ifFalse = FormattedText.empty(format);
        boolean answer = false;
        for (Element a : q.all("answer")) {
            boolean isTrue = textOf(a).equalsIgnoreCase("true");
            if (isTrue) {
                ifTrue = a.formatted("feedback", format);
                answer = fraction(a) > 0;
            } else {
                ifFalse = a.formatted("feedback", format);
            }
        }
        return new TrueFalse(answer, ifTrue, ifFalse);
    }

    private static Body shortAnswers(Element q, TextFormat format) {
        List<TypedAnswer> answers = new ArrayList<>();
        for (Element a : q.all("answer")) {
            answers.add(new TypedAnswer(textOf(a), fraction(a), a.formatted("feedback", format)));
        }
        return new ShortAnswers(List.copyOf(answers));
    }

    private Body numbers(Element q, TextFormat format) {
        List<NumberAnswer> answers = new ArrayList<>();
        for (Element a : q.all("answer")) {
            String value = textOf(a);
            Double number = null;
            double tolerance = 0;
            try {
                if (!value.equals("*") && !value.isEmpty()) {
                    number = Double.parseDouble(value);
                }
                String written = a.textOf("tolerance");
                tolerance = written.isEmpty() ? 0 : Math.abs(Double.parseDouble(written));
            } catch (NumberFormatException e) {
                problem(a.line, "numerical answer \"" + value + "\" or its tolerance is not a number");
                return null;
            }
            answers.add(new NumberAnswer(number, tolerance, fraction(a), a.formatted("feedback", format)));
        }
        return new Numeric(List.copyOf(answers));
    }

    private static Body match(Element q, TextFormat format) {
        List<Pair> pairs = new ArrayList<>();
        for (Element s : q.all("subquestion")) {
            pairs.add(new Pair(new FormattedText(textOf(s), format(s.attributes.get("format"), format)), s.textOf("answer")));
        }
        return new Match(List.copyOf(pairs));
    }

    /** qtype_ordering lists its items in the right order. */
    private static Body ordering(Element q, TextFormat format) {
        List<FormattedText> items = new ArrayList<>();
        for (Element a : q.all("answer")) {
            items.add(new FormattedText(textOf(a), format(a.attributes.get("format"), format)));
        }
        return new ExchangeQuestion.Ordering(List.copyOf(items));
    }

    private static String textOf(Element element) {
        Element text = element.child("text");
        return (text == null ? element.text : text.text).toString().strip();
    }

    private static TextFormat format(String name, TextFormat fallback) {
        TextFormat format = name == null ? null : TextFormat.named(name.toLowerCase(Locale.ROOT));
        return format == null ? fallback : format;
    }
}
