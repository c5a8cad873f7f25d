package dk.virkning.stats.instrument;

import static dk.virkning.stats.definition.DefinitionFiles.at;
import static dk.virkning.stats.definition.DefinitionFiles.path;
import static dk.virkning.stats.definition.DefinitionFiles.problem;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dk.virkning.stats.definition.DefinitionFiles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The JSON shape of an instrument definition file (docs/instruments.md), as
 * {@link DefinitionFiles} binds it: a component is required unless annotated. Values whose
 * shape is the model's own (texts, answer options, cut-offs, the range) bind to the model
 * records directly; the rest is built here, where an item without options takes the shared
 * ones and the reverse-scored keys become flags. The rules stay with the model's
 * constructors and {@link InstrumentRules}.
 */
record InstrumentFile(
        String id,
        String version,
        @JsonSetter(nulls = Nulls.SKIP) String notes,
        LocalizedText name,
        LocalizedText instruction,
        @JsonSetter(nulls = Nulls.AS_EMPTY) List<AnswerOption> answerOptions,
        List<ItemFile> items,
        @JsonSetter(nulls = Nulls.AS_EMPTY) List<String> reverseScoredItems,
        ScoringFile scoring,
        int allowedMissing,
        ScoreRange range,
        Direction direction,
        @JsonSetter(nulls = Nulls.AS_EMPTY) List<CutOff> cutOffs,
        @JsonSetter(nulls = Nulls.SKIP) String primaryCutOff,
        MinimalImportantChangeFile minimalImportantChange,
        @JsonSetter(nulls = Nulls.AS_EMPTY) List<SubscaleFile> subscales,
        String source,
        @JsonSetter(nulls = Nulls.SKIP) ReliabilityFile reliability) {

    record ItemFile(String key, LocalizedText text, @JsonSetter(nulls = Nulls.AS_EMPTY) List<AnswerOption> options) {
    }

    record ScoringFile(
            ScoringMethod method,
            @JsonSetter(nulls = Nulls.SKIP) Double multiplier,
            @JsonSetter(nulls = Nulls.SKIP) Integer threshold,
            @JsonSetter(nulls = Nulls.AS_EMPTY) Map<String, Double> conversion) {

        ScoringRule rule(String path) {
            Map<Integer, Double> byRawSum = new TreeMap<>();
            conversion.forEach((key, score) -> {
                try {
                    byRawSum.put(Integer.parseInt(key), score);
                } catch (NumberFormatException e) {
                    throw problem(path(path, "conversion"), "key '" + key + "' is not a whole raw sum");
                }
            });
            return at(path, () -> new ScoringRule(method, multiplier == null ? 1.0 : multiplier, threshold, byRawSum));
        }
    }

    record MinimalImportantChangeFile(double points, @JsonSetter(nulls = Nulls.SKIP) Boolean convention,
            String source) {

        MinimalImportantChange change(String path) {
            return at(path, () -> new MinimalImportantChange(points, Boolean.TRUE.equals(convention), source));
        }
    }

    /** Optional: an instrument without a published reliability has no reliable change index. */
    record ReliabilityFile(double value, ReliabilityKind kind, @JsonSetter(nulls = Nulls.SKIP) Boolean assumption,
            String source, @JsonSetter(nulls = Nulls.SKIP) String locator) {

        Reliability reliability(String path) {
            return at(path, () -> new Reliability(value, kind, Boolean.TRUE.equals(assumption), source, locator));
        }
    }

    record SubscaleFile(String id, LocalizedText name, List<String> items,
            @JsonSetter(nulls = Nulls.SKIP) Integer allowedMissing) {

        Subscale subscale(String path) {
            return at(path, () -> new Subscale(id, name, items, allowedMissing == null ? 0 : allowedMissing));
        }
    }

    /** {@code index.json}: the ids of the instruments to load, in order. */
    record Index(@JsonSetter(nulls = Nulls.AS_EMPTY) List<String> instruments) implements DefinitionFiles.Index {

        @Override
        public List<String> names() {
            if (instruments.isEmpty()) {
                throw problem("instruments", "lists no instrument");
            }
            if (new HashSet<>(instruments).size() != instruments.size()) {
                throw problem("instruments", "an id is listed twice");
            }
            return instruments;
        }
    }

    Instrument instrument() {
        Set<String> reversed = reversedKeys();
        List<Item> built = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemFile item = items.get(i);
            String path = path("items", i);
            if (item.options().isEmpty() && answerOptions.isEmpty()) {
                throw problem(path(path, "options"), "required when the instrument has no shared answerOptions");
            }
            List<AnswerOption> options = item.options().isEmpty() ? answerOptions : item.options();
            built.add(at(path, () -> new Item(item.key(), item.text(), options, reversed.contains(item.key()))));
        }
        for (String key : reversed) {
            if (built.stream().noneMatch(item -> item.key().equals(key))) {
                throw problem("reverseScoredItems", "unknown item " + key);
            }
        }
        ScoringRule rule = scoring.rule("scoring");
        MinimalImportantChange change = minimalImportantChange.change("minimalImportantChange");
        List<Subscale> scales = new ArrayList<>();
        for (int i = 0; i < subscales.size(); i++) {
            scales.add(subscales.get(i).subscale(path("subscales", i)));
        }
        Reliability published = reliability == null ? null : reliability.reliability("reliability");
        return at("", () -> new Instrument(id, version, name, instruction, built, rule, allowedMissing, range,
                direction, cutOffs, primaryCutOff, change, scales, source, published));
    }

    private Set<String> reversedKeys() {
        Set<String> reversed = new LinkedHashSet<>();
        for (String key : reverseScoredItems) {
            if (!reversed.add(key)) {
                throw problem("reverseScoredItems", "item " + key + " is listed twice");
            }
        }
        return reversed;
    }
}
