package dev.quizmark.quiz.exchange;

import dev.quizmark.question.Choice;
import dev.quizmark.question.ChoiceQuestion;
import dev.quizmark.question.Cloze;
import dev.quizmark.question.Matching;
import dev.quizmark.question.NumericAnswer;
import dev.quizmark.question.Ordering;
import dev.quizmark.question.QuestionKind;
import dev.quizmark.question.ShortAnswer;
import dev.quizmark.question.SingleChoice;
import dev.quizmark.question.TrueFalse;
import dev.quizmark.question.Weights;
import dev.quizmark.quiz.Question;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizProblem;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a quiz as Moodle XML (the format of Moodle's question bank export): texts as {@code format="html"}, the
 * question id as {@code idnumber}, points as {@code defaultgrade}, topics as categories; ordering as qtype_ordering
 * and cloze as multianswer ({@code {1:SHORTANSWER:=a~=b}}). What Moodle XML cannot hold ({@code Regex:}) is
 * reported with the question's line.
 */
public final class MoodleXmlWriter {

    public record Result(String xml, List<QuizProblem> problems) {
    }

    private final XMLStreamWriter xml;

    private MoodleXmlWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    public static Result write(Quiz quiz) {
        StringWriter text = new StringWriter();
        List<QuizProblem> problems = new ArrayList<>();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            MoodleXmlWriter writer = new MoodleXmlWriter(xml);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("quiz");
            String topic = null;
            for (Question q : quiz.questions()) {
                if (q.topic() != null && !q.topic().equals(topic)) {
                    topic = q.topic();
                    writer.category(topic);
                }
                writer.question(quiz, q, problems);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return new Result(text + "\n", problems);
    }

    private void category(String topic) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("question");
        xml.writeAttribute("type", "category");
        xml.writeStartElement("category");
        element("text", "$course$/top/" + topic);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void question(Quiz quiz, Question q, List<QuizProblem> problems) throws XMLStreamException {
        QuestionKind kind = q.kind();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("question");
        xml.writeAttribute("type", type(kind));
        xml.writeStartElement("name");
        element("text", q.title());
        xml.writeEndElement();
        if (kind instanceof Cloze cloze) {
            html("questiontext", clozeText(cloze));
        } else {
            html("questiontext", q.promptHtml());
        }
        html("generalfeedback", q.explanationHtml());
        element("defaultgrade", NumericAnswer.plain(q.points()));
        element("idnumber", q.id());
        if (kind instanceof ChoiceQuestion choices) {
            boolean single = kind instanceof SingleChoice;
            element("single", String.valueOf(single));
            element("shuffleanswers", "true");
            element("answernumbering", "abc");
            for (Choice c : choices.choices()) {
                answer(Weights.percent(GiftWriter.weight(choices, c, single)), "html", c.html(), c.feedbackHtml(), null);
            }
        } else if (kind instanceof TrueFalse tf) {
            answer(tf.answer() ? "100" : "0", "moodle_auto_format", "true", tf.feedbackTrueHtml(), null);
            answer(tf.answer() ? "0" : "100", "moodle_auto_format", "false", tf.feedbackFalseHtml(), null);
        } else if (kind instanceof ShortAnswer s) {
            if (s.regex() != null) {
                problems.add(new QuizProblem(quiz.path(), q.line(), "Moodle XML has no Regex: the pattern " + s.regex() + " is left out"));
            }
            element("usecase", "0");
            for (ShortAnswer.Accepted a : s.answers()) {
                answer(Weights.percent(a.fraction()), "moodle_auto_format", s.wildcards() ? a.text() : a.text().replace("*", "\\*"),
                        a.feedbackHtml(), null);
            }
        } else if (kind instanceof NumericAnswer n) {
            for (NumericAnswer.Graded a : n.answers()) {
                String value = "*";
                String tolerance = "0";
                if (a.accepted() instanceof NumericAnswer.Exact e) {
                    value = NumericAnswer.plain(e.value());
                    tolerance = NumericAnswer.plain(e.tolerance());
                } else if (a.accepted() instanceof NumericAnswer.Range r) {
                    value = NumericAnswer.plain((r.min() + r.max()) / 2);
                    tolerance = NumericAnswer.plain((r.max() - r.min()) / 2);
                }
                answer(Weights.percent(a.fraction()), "moodle_auto_format", value, a.feedbackHtml(), tolerance);
            }
        } else if (kind instanceof Matching m) {
            element("shuffleanswers", "true");
            for (Matching.Pair p : m.pairs()) {
                subquestion(p.leftHtml(), p.right());
            }
            for (String right : m.distractors()) {
                subquestion("", right);
            }
        } else if (kind instanceof Ordering o) {
            element("layouttype", "VERTICAL");
            element("selecttype", "ALL");
            element("selectcount", "0");
            element("gradingtype", "ABSOLUTE_POSITION");
            for (String item : o.itemsHtml()) {
                answer("0", "html", item, "", null);
            }
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    static String type(QuestionKind kind) {
        if (kind instanceof ChoiceQuestion) {
            return "multichoice";
        }
        return kind instanceof TrueFalse ? "truefalse" : kind instanceof ShortAnswer ? "shortanswer"
                : kind instanceof NumericAnswer ? "numerical" : kind instanceof Matching ? "matching"
                : kind instanceof Ordering ? "ordering" : "cloze";
    }

    /** The cloze text with Moodle's embedded answers: each blank a SHORTANSWER whose answers all earn full marks. */
    private static String clozeText(Cloze cloze) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cloze.segmentsHtml().size(); i++) {
            text.append(cloze.segmentsHtml().get(i));
            if (i < cloze.blanks().size()) {
                text.append("{1:SHORTANSWER:");
                List<String> accepted = cloze.blanks().get(i);
                for (int a = 0; a < accepted.size(); a++) {
                    text.append(a == 0 ? "=" : "~=").append(accepted.get(a).replaceAll("([}#~/\"\\\\*])", "\\\\$1"));
                }
                text.append('}');
            }
        }
        return text.toString();
    }

    private void answer(String fraction, String format, String text, String feedbackHtml, String tolerance) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("answer");
        xml.writeAttribute("fraction", fraction);
        xml.writeAttribute("format", format);
        element("text", text);
        xml.writeStartElement("feedback");
        xml.writeAttribute("format", "html");
        element("text", feedbackHtml);
        xml.writeEndElement();
        if (tolerance != null) {
            element("tolerance", tolerance);
        }
        xml.writeEndElement();
    }

    private void subquestion(String leftHtml, String right) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("subquestion");
        xml.writeAttribute("format", "html");
        element("text", leftHtml);
        xml.writeStartElement("answer");
        element("text", right);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void html(String name, String html) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement(name);
        xml.writeAttribute("format", "html");
        element("text", html);
        xml.writeEndElement();
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }
}
