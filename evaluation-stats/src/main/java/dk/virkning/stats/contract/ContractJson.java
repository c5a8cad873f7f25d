package dk.virkning.stats.contract;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of the statistics contract: the evaluation and economy jobs store the
 * contract records through it, and the API, the reports and the economy job read them back as the
 * same records. The names are the records' {@code @JsonProperty} annotations, which the command
 * line's {@link ContractLineWriter} writes too. A number is written as {@link Double#toString}
 * writes it, which round-trips every double.
 */
public final class ContractJson {

    /** Strict on types: a stored "0.8" where a number belongs is corrupt data, not a number. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private ContractJson() {
    }

    /** The record as one JSON object on one line. */
    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /**
     * A stored result of the given analysis; a {@code null} or empty text reads as every field
     * undefined, a field the record does not have is ignored (results written by an older version).
     *
     * @throws IllegalArgumentException naming the field, for text that is not the record's JSON
     */
    public static CellStatistics read(Analysis analysis, String json) {
        return read(json, analysis.type());
    }

    /**
     * Reads a contract record.
     *
     * @throws IllegalArgumentException naming the field, for text that is not the record's JSON
     */
    public static <T> T read(String json, Class<T> type) {
        String text = json == null || json.isBlank() ? "{}" : json;
        try {
            return MAPPER.readValue(text, type);
        } catch (MismatchedInputException e) {
            throw new IllegalArgumentException(mismatch(e, text), e);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a JSON array of contract records.
     *
     * @throws IllegalArgumentException naming the field, for text that is not such an array
     */
    public static <T> List<T> readList(String json, Class<T> element) {
        String text = json == null || json.isBlank() ? "[]" : json;
        try {
            return MAPPER.readValue(text, MAPPER.getTypeFactory().constructCollectionType(List.class, element));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a JSON array of " + element.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** "mean_change is not a number: "0.8"": the field, what it should be and what it is. */
    private static String mismatch(MismatchedInputException e, String json) {
        String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getPropertyName();
        if (field == null) {
            return "not a JSON object of the expected fields: " + e.getOriginalMessage();
        }
        Class<?> target = e.getTargetType();
        String expected = target != null && Number.class.isAssignableFrom(target) || target == int.class
                || target == double.class ? "a number" : "a valid value";
        return field + " is not " + expected + ": " + MAPPER.readTree(json).path(field);
    }

    /** The record's field names, in the contract's order. */
    public static List<String> fieldNames(Object value) {
        List<String> names = new ArrayList<>();
        MAPPER.valueToTree(value).propertyNames().forEach(names::add);
        return names;
    }

    /** The names of the fields that have a value in {@code before} and none in {@code after}. */
    public static List<String> cleared(Object before, Object after) {
        JsonNode was = MAPPER.valueToTree(before);
        JsonNode is = MAPPER.valueToTree(after);
        List<String> cleared = new ArrayList<>();
        for (String name : was.propertyNames()) {
            if (!was.get(name).isNull() && is.path(name).isNull()) {
                cleared.add(name);
            }
        }
        return cleared;
    }
}
