package dev.quizmark.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quizmark.support.SignedIn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Form fields of a student who answers the fixture quiz (FixtureQuizFile) correctly: they read the attempt page
 * and pick what the key says in words — the option labelled CANN, the position 1 beside "first event" — and
 * the browser posts the values of those inputs. Nothing here knows how the app orders or encodes them.
 */
public final class Forms {

    /** The fixture quiz's key, in the words the page shows. */
    private static final List<String> MULTIPLE = List.of("BF16", "FP8");
    private static final Map<String, String> ORDER = Map.of("first event", "1", "second event", "2", "third event", "3");
    private static final Map<String, String> MATCH = Map.of("CUDA", "nvidia stack", "CANN", "huawei framework",
            "Aider", "code benchmark");

    private Forms() {
    }

    /** Every question answered correctly, for a quiz shown on one page. */
    public static Map<String, Object> correct(SignedIn student, long attemptId) {
        Document page = Jsoup.parse(student.http().get("/attempts/" + attemptId).then().statusCode(200).extract().asString());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("present", page.select("input[name=present]").eachAttr("value"));
        fields.put("q.single", valueLabelled(page, "q.single", "CANN"));
        List<String> ticked = new ArrayList<>();
        MULTIPLE.forEach(text -> ticked.add(valueLabelled(page, "q.multiple", text)));
        fields.put("q.multiple", ticked);
        fields.put("q.tf", valueLabelled(page, "q.tf", "참"));
        fields.put("q.short", "Aider");
        fields.put("q.numeric", "71.6");
        fields.putAll(selects(page, "q.ordering", ORDER));
        fields.putAll(selects(page, "q.matching", MATCH));
        fields.put("q.cloze.1", "128000");
        fields.put("q.cloze.2", "400");
        return fields;
    }

    /**
     * The value a student's click on the option labelled {@code text} posts for {@code field} (a radio button or
     * check box), read from the attempt page.
     */
    public static String pick(SignedIn student, long attemptId, String field, String text) {
        return valueLabelled(Jsoup.parse(student.http().get("/attempts/" + attemptId).then().statusCode(200).extract().asString()),
                field, text);
    }

    /** The value of the radio button or check box of {@code field} whose label reads {@code text}. */
    private static String valueLabelled(Document page, String field, String text) {
        List<String> values = new ArrayList<>();
        for (Element input : page.select("input[name=" + field + "]")) {
            Element label = page.selectFirst("label[for=" + input.id() + "]");
            if (label != null && label.text().equals(text)) {
                values.add(input.val());
            }
        }
        assertEquals(1, values.size(), "one " + field + " option labelled " + text);
        return values.get(0);
    }

    /** For each select of a question (one per item), the option whose text the key gives for the item's label. */
    private static Map<String, String> selects(Document page, String field, Map<String, String> key) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element select : page.select("select[name^=" + field + ".]")) {
            String label = page.selectFirst("label[for=" + select.id() + "]").text();
            String wanted = key.get(label);
            Element option = select.select("option").stream().filter(o -> o.text().equals(wanted)).findFirst()
                    .orElseThrow(() -> new AssertionError("no option " + wanted + " beside " + label));
            fields.put(select.attr("name"), option.val());
        }
        assertEquals(key.size(), fields.size(), field + " selects");
        return fields;
    }
}
