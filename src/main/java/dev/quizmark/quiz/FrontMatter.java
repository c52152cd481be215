package dev.quizmark.quiz;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The YAML front matter of a Markdown file: located by its {@code ---} fences, read by snakeyaml's composer so
 * every setting keeps the file line it was written on.
 *
 * @param settings   top-level keys in file order
 * @param bodyOffset number of lines the front matter occupies (fences included)
 */
public record FrontMatter(Map<String, Setting> settings, int bodyOffset) {

    /** One top-level setting: a scalar text, or a list of scalars / maps for {@code source}. */
    public record Setting(String key, int line, String text, List<Object> list) {
    }

    public static final FrontMatter EMPTY = new FrontMatter(Map.of(), 0);

    /**
     * @param lines the file's lines
     * @throws QuizFormatException for an unclosed fence or malformed YAML, with its file line
     */
    public static FrontMatter read(List<String> lines) {
        int end = lineCount(lines);
        if (end == 0) {
            if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
                throw new QuizFormatException(1, "front matter starts with --- but has no closing --- line");
            }
            return EMPTY;
        }
        return new FrontMatter(compose(String.join("\n", lines.subList(1, end - 1))), end);
    }

    /** Lines taken by the front matter including both fences; 0 when there is none or it is not closed. */
    public static int lineCount(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Map<String, Setting> compose(String yaml) {
        Map<String, Setting> settings = new LinkedHashMap<>();
        if (yaml.isBlank()) {
            return settings;
        }
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = (e.getProblemMark() != null ? e.getProblemMark().getLine() : 0) + 2;
            throw new QuizFormatException(line, "front matter is not valid YAML: " + e.getProblem());
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new QuizFormatException(2, "front matter must be a list of 'setting: value' lines");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            int line = tuple.getKeyNode().getStartMark().getLine() + 2;
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
            if (settings.containsKey(key)) {
                throw new QuizFormatException(line, "setting '" + key + "' is given twice");
            }
            settings.put(key, setting(key, line, tuple.getValueNode()));
        }
        return settings;
    }

    private static Setting setting(String key, int line, Node value) {
        if (value instanceof ScalarNode scalar) {
            return new Setting(key, line, scalar.getValue(), null);
        }
        if (value instanceof SequenceNode sequence) {
            List<Object> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(item instanceof ScalarNode s ? s.getValue() : plainMap(item));
            }
            return new Setting(key, line, null, items);
        }
        return new Setting(key, line, null, List.of(plainMap(value)));
    }

    private static Map<String, String> plainMap(Node node) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && tuple.getValueNode() instanceof ScalarNode v) {
                    map.put(k.getValue(), v.getValue());
                }
            }
        }
        return map;
    }
}
