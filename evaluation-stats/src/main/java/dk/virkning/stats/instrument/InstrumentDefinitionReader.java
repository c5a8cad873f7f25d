package dk.virkning.stats.instrument;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one instrument definition file (JSON) into an {@link Instrument}.
 *
 * <p>The format is described in docs/instruments.md. Reading is strict: a missing
 * required field, a misspelt field, a duplicate key, a wrong type or a broken
 * consistency rule fails with an {@link InstrumentDefinitionException} naming the file
 * and the field. Items without their own {@code options} take the instrument's shared
 * {@code answerOptions}.
 */
public final class InstrumentDefinitionReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private InstrumentDefinitionReader() {
    }

    /**
     * Reads a definition.
     *
     * @param sourceName the file's name, for error messages (e.g. {@code instruments/WHO5.json})
     * @param json the file's content
     * @throws InstrumentDefinitionException if it is not a valid, consistent definition
     */
    public static Instrument read(String sourceName, InputStream json) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InstrumentDefinitionException("Instrument definition " + sourceName + " is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
        return build(sourceName, tree);
    }

    /** Reads a definition from a string; see {@link #read(String, InputStream)}. */
    public static Instrument read(String sourceName, String json) {
        return read(sourceName, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Parses another JSON file of the catalog (the index) with the same strictness. */
    static JsonNode parse(InputStream json) {
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InstrumentDefinitionException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Instrument build(String sourceName, JsonNode tree) {
        try {
            return instrument(DefinitionNode.root(tree));
        } catch (InstrumentDefinitionException e) {
            throw new InstrumentDefinitionException("Instrument definition " + sourceName + " is invalid: "
                    + e.getMessage(), e);
        }
    }

    private static Instrument instrument(DefinitionNode root) {
        root.optionalText("notes"); // free text for maintainers; not part of the model
        String id = root.text("id");
        String version = root.text("version");
        LocalizedText name = root.localized("name");
        LocalizedText instruction = root.localized("instruction");
        List<AnswerOption> shared = options(root.objects("answerOptions"));
        Set<String> reversed = reverseScoredItems(root);
        List<Item> items = items(root, shared, reversed);
        ScoringRule scoring = scoring(root.object("scoring"));
        int allowedMissing = root.integer("allowedMissing");
        DefinitionNode rangeNode = root.object("range");
        ScoreRange range = rangeNode.build(() -> new ScoreRange(rangeNode.number("min"), rangeNode.number("max")));
        rangeNode.rejectUnknownFields();
        Direction direction = root.enumValue("direction", Direction.class);
        List<CutOff> cutOffs = cutOffs(root);
        String primaryCutOff = root.optionalText("primaryCutOff").orElse(null);
        MinimalImportantChange mic = minimalImportantChange(root.object("minimalImportantChange"));
        List<Subscale> subscales = subscales(root);
        String source = root.text("source");
        root.rejectUnknownFields();
        return root.build(() -> new Instrument(id, version, name, instruction, items, scoring, allowedMissing, range,
                direction, cutOffs, primaryCutOff, mic, subscales, source));
    }

    private static Set<String> reverseScoredItems(DefinitionNode root) {
        Set<String> reversed = new LinkedHashSet<>();
        for (String key : root.texts("reverseScoredItems")) {
            if (!reversed.add(key)) {
                throw root.error("reverseScoredItems", "item " + key + " is listed twice");
            }
        }
        return reversed;
    }

    private static List<Item> items(DefinitionNode root, List<AnswerOption> shared, Set<String> reversed) {
        List<Item> items = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (DefinitionNode node : root.objects("items")) {
            String key = node.text("key");
            LocalizedText text = node.localized("text");
            List<AnswerOption> own = options(node.objects("options"));
            if (own.isEmpty() && shared.isEmpty()) {
                throw node.error("options", "required when the instrument has no shared answerOptions");
            }
            List<AnswerOption> options = own.isEmpty() ? shared : own;
            node.rejectUnknownFields();
            items.add(node.build(() -> new Item(key, text, options, reversed.contains(key))));
            keys.add(key);
        }
        for (String key : reversed) {
            if (!keys.contains(key)) {
                throw root.error("reverseScoredItems", "unknown item " + key);
            }
        }
        return items;
    }

    private static List<AnswerOption> options(List<DefinitionNode> nodes) {
        List<AnswerOption> options = new ArrayList<>();
        for (DefinitionNode node : nodes) {
            int value = node.integer("value");
            LocalizedText label = node.localized("label");
            node.rejectUnknownFields();
            options.add(new AnswerOption(value, label));
        }
        return options;
    }

    private static ScoringRule scoring(DefinitionNode node) {
        ScoringMethod method = node.enumValue("method", ScoringMethod.class);
        double multiplier = node.number("multiplier", 1.0);
        Integer threshold = node.optionalInteger("threshold");
        Map<Integer, Double> conversion = new TreeMap<>();
        for (Map.Entry<String, Double> entry : node.numbers("conversion").entrySet()) {
            try {
                conversion.put(Integer.parseInt(entry.getKey()), entry.getValue());
            } catch (NumberFormatException e) {
                throw node.error("conversion", "key '" + entry.getKey() + "' is not a whole raw sum");
            }
        }
        node.rejectUnknownFields();
        return node.build(() -> new ScoringRule(method, multiplier, threshold, conversion));
    }

    private static List<CutOff> cutOffs(DefinitionNode root) {
        List<CutOff> cutOffs = new ArrayList<>();
        for (DefinitionNode node : root.objects("cutOffs")) {
            String id = node.text("id");
            Comparison comparison = node.enumValue("comparison", Comparison.class);
            double threshold = node.number("threshold");
            LocalizedText label = node.localized("label");
            node.rejectUnknownFields();
            cutOffs.add(node.build(() -> new CutOff(id, comparison, threshold, label)));
        }
        return cutOffs;
    }

    private static MinimalImportantChange minimalImportantChange(DefinitionNode node) {
        double points = node.number("points");
        boolean convention = node.bool("convention", false);
        String source = node.text("source");
        node.rejectUnknownFields();
        return node.build(() -> new MinimalImportantChange(points, convention, source));
    }

    private static List<Subscale> subscales(DefinitionNode root) {
        List<Subscale> subscales = new ArrayList<>();
        for (DefinitionNode node : root.objects("subscales")) {
            String id = node.text("id");
            LocalizedText name = node.localized("name");
            List<String> items = node.texts("items");
            int allowedMissing = node.integer("allowedMissing", 0);
            node.rejectUnknownFields();
            subscales.add(node.build(() -> new Subscale(id, name, items, allowedMissing)));
        }
        return subscales;
    }
}
