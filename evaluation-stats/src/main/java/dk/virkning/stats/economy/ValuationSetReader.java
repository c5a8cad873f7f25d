package dk.virkning.stats.economy;

import dk.virkning.stats.instrument.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one valuation set file (JSON) into a {@link ValuationSet}.
 *
 * <p>Format (see docs/methods.md (section 7)): {@code id}, {@code version}, {@code title}
 * ({@code da}, {@code en}), {@code currency}, {@code priceYear}, optional {@code notes}, and
 * {@code parameters}: objects with {@code id}, {@code value}, {@code unit}, optional
 * {@code priceYear}, {@code low}, {@code high}, {@code distribution}
 * ({@code UNIFORM|TRIANGULAR|FIXED}), {@code source} — either {@code {"citation", "locator"}}
 * or the string {@code "ASSUMPTION"} — optional {@code rationale} (required for an
 * assumption) and {@code description} ({@code da}, {@code en}).
 * Reading is strict: a missing or misspelt field, a duplicate key or a broken rule fails
 * with a {@link ValuationSetException} naming the file and the field.
 */
public final class ValuationSetReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ValuationSetReader() {
    }

    /**
     * Reads a set.
     *
     * @param sourceName the file's name, for messages (e.g. {@code valuation-sets/DK-2025.1.json})
     * @param json the file's content
     * @throws ValuationSetException if it is not a valid, consistent set
     */
    public static ValuationSet read(String sourceName, InputStream json) {
        try {
            return read(sourceName, new String(json.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + sourceName, e);
        }
    }

    /** Reads a set from its text; see {@link #read(String, InputStream)}. */
    public static ValuationSet read(String sourceName, String json) {
        try {
            return set(new JsonFields(parse(json), ""), json);
        } catch (ValuationSetException e) {
            throw new ValuationSetException("Valuation set " + sourceName + " is invalid: " + e.getMessage(), e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            throw new ValuationSetException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ValuationSet set(JsonFields root, String json) {
        String id = root.text("id");
        String version = root.text("version");
        LocalizedText title = localized(root.object("title"));
        String currency = root.text("currency");
        Integer priceYear = root.optionalInteger("priceYear");
        if (priceYear == null) {
            throw root.error("priceYear", "required field is missing");
        }
        root.optionalText("notes"); // for readers of the file; not part of the model
        JsonNode array = root.array("parameters");
        List<Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            parameters.add(parameter(new JsonFields(array.get(i), root.child("parameters") + "[" + i + "]")));
        }
        root.rejectUnknown();
        return build(root, () -> new ValuationSet(id, version, title, currency, priceYear, parameters, json));
    }

    private static Parameter parameter(JsonFields node) {
        String id = node.text("id");
        double value = node.number("value");
        String unit = node.text("unit");
        Integer priceYear = node.optionalInteger("priceYear");
        double low = node.number("low");
        double high = node.number("high");
        Distribution distribution = distribution(node);
        Source source = source(node);
        String rationale = node.optionalText("rationale");
        LocalizedText description = localized(node.object("description"));
        node.rejectUnknown();
        return build(node, () -> new Parameter(id, value, unit, priceYear, low, high, distribution, source,
                rationale, description));
    }

    private static Distribution distribution(JsonFields node) {
        String name = node.text("distribution");
        for (Distribution distribution : Distribution.values()) {
            if (distribution.name().equals(name)) {
                return distribution;
            }
        }
        throw node.error("distribution", "'" + name + "' is not one of UNIFORM, TRIANGULAR, FIXED");
    }

    private static Source source(JsonFields node) {
        JsonNode raw = node.raw("source");
        if (raw == null) {
            throw node.error("source", "required field is missing: a citation with its locator, or \""
                    + Parameter.ASSUMPTION + "\"");
        }
        if (raw.isString()) {
            if (!Parameter.ASSUMPTION.equals(raw.stringValue())) {
                throw node.error("source", "a string source must be \"" + Parameter.ASSUMPTION + "\"");
            }
            return null;
        }
        JsonFields object = new JsonFields(raw, node.child("source"));
        Source source = build(object, () -> new Source(object.text("citation"), object.text("locator")));
        object.rejectUnknown();
        return source;
    }

    private static LocalizedText localized(JsonFields node) {
        LocalizedText text = build(node, () -> new LocalizedText(node.text("da"), node.text("en")));
        node.rejectUnknown();
        return text;
    }

    private static <T> T build(JsonFields node, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new ValuationSetException(JsonFields.prefix(node.path()) + e.getMessage(), e);
        }
    }
}
