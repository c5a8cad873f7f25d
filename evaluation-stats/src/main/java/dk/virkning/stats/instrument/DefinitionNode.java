package dk.virkning.stats.instrument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object of a definition file, read strictly: each accessor names the field's
 * path in its error, and {@link #rejectUnknownFields()} catches misspelt field names
 * (a misspelt optional field would otherwise silently take its default).
 */
final class DefinitionNode {

    private final JsonNode node;
    private final String path;
    private final Set<String> read = new HashSet<>();

    private DefinitionNode(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new InstrumentDefinitionException(where(path) + "expected a JSON object");
        }
        this.node = node;
        this.path = path;
    }

    static DefinitionNode root(JsonNode node) {
        return new DefinitionNode(node, "");
    }

    String path() {
        return path;
    }

    String text(String field) {
        return optionalText(field).orElseThrow(() -> missing(field));
    }

    Optional<String> optionalText(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isString() || value.stringValue().isBlank()) {
            throw error(field, "expected a non-empty string");
        }
        return Optional.of(value.stringValue());
    }

    int integer(String field) {
        JsonNode value = value(field);
        if (value == null) {
            throw missing(field);
        }
        return asInt(value, child(field));
    }

    int integer(String field, int defaultValue) {
        return value(field) == null ? defaultValue : integer(field);
    }

    Integer optionalInteger(String field) {
        return value(field) == null ? null : integer(field);
    }

    double number(String field) {
        JsonNode value = value(field);
        if (value == null) {
            throw missing(field);
        }
        return asNumber(value, child(field));
    }

    double number(String field, double defaultValue) {
        return value(field) == null ? defaultValue : number(field);
    }

    boolean bool(String field, boolean defaultValue) {
        JsonNode value = value(field);
        if (value == null) {
            return defaultValue;
        }
        if (!value.isBoolean()) {
            throw error(field, "expected true or false");
        }
        return value.booleanValue();
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String name = text(field);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        throw error(field, "'" + name + "' is not one of " + names);
    }

    DefinitionNode object(String field) {
        return optionalObject(field).orElseThrow(() -> missing(field));
    }

    Optional<DefinitionNode> optionalObject(String field) {
        JsonNode value = value(field);
        return value == null ? Optional.empty() : Optional.of(new DefinitionNode(value, child(field)));
    }

    /** The objects of an array field; an absent field is an empty list. */
    List<DefinitionNode> objects(String field) {
        JsonNode array = array(field);
        List<DefinitionNode> result = new ArrayList<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            result.add(new DefinitionNode(array.get(i), child(field) + "[" + i + "]"));
        }
        return result;
    }

    /** The strings of an array field; an absent field is an empty list. */
    List<String> texts(String field) {
        JsonNode array = array(field);
        List<String> result = new ArrayList<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (!element.isString() || element.stringValue().isBlank()) {
                throw new InstrumentDefinitionException(where(child(field) + "[" + i + "]")
                        + "expected a non-empty string");
            }
            result.add(element.stringValue());
        }
        return result;
    }

    /** The fields of an object field whose values are numbers; an absent field is an empty map. */
    Map<String, Double> numbers(String field) {
        Optional<DefinitionNode> object = optionalObject(field);
        if (object.isEmpty()) {
            return Map.of();
        }
        Map<String, Double> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.get().node.properties()) {
            result.put(entry.getKey(), asNumber(entry.getValue(), object.get().child(entry.getKey())));
        }
        return Collections.unmodifiableMap(result);
    }

    LocalizedText localized(String field) {
        DefinitionNode object = object(field);
        LocalizedText text = object.build(() -> new LocalizedText(object.text("da"), object.text("en")));
        object.rejectUnknownFields();
        return text;
    }

    /** Fails if the object has a field no accessor asked for. */
    void rejectUnknownFields() {
        for (String name : node.propertyNames()) {
            if (!read.contains(name)) {
                throw error(name, "unknown field");
            }
        }
    }

    /** Builds a value, adding this object's path to a rule it breaks. */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InstrumentDefinitionException(where(path) + e.getMessage(), e);
        }
    }

    InstrumentDefinitionException error(String field, String problem) {
        return new InstrumentDefinitionException(where(child(field)) + problem);
    }

    private InstrumentDefinitionException missing(String field) {
        return error(field, "required field is missing");
    }

    private JsonNode value(String field) {
        read.add(field);
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private JsonNode array(String field) {
        JsonNode value = value(field);
        if (value != null && !value.isArray()) {
            throw error(field, "expected an array");
        }
        return value;
    }

    private String child(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static int asInt(JsonNode value, String path) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InstrumentDefinitionException(where(path) + "expected a whole number");
        }
        return value.intValue();
    }

    private static double asNumber(JsonNode value, String path) {
        if (!value.isNumber()) {
            throw new InstrumentDefinitionException(where(path) + "expected a number");
        }
        return value.doubleValue();
    }

    private static String where(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }
}
