package dk.virkning.stats.economy;

import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object of a valuation set file, read strictly: every accessor names the field's
 * path in its error, and {@link #rejectUnknown()} catches misspelt names (a misspelt
 * optional field would otherwise silently be absent).
 */
final class JsonFields {

    private final JsonNode node;
    private final String path;
    private final Set<String> read = new HashSet<>();

    JsonFields(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new ValuationSetException(prefix(path) + "expected a JSON object");
        }
        this.node = node;
        this.path = path;
    }

    String text(String field) {
        String text = optionalText(field);
        if (text == null) {
            throw missing(field);
        }
        return text;
    }

    String optionalText(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isString() || value.stringValue().isBlank()) {
            throw error(field, "expected a non-empty string");
        }
        return value.stringValue();
    }

    double number(String field) {
        JsonNode value = value(field);
        if (value == null) {
            throw missing(field);
        }
        if (!value.isNumber()) {
            throw error(field, "expected a number");
        }
        return value.doubleValue();
    }

    Integer optionalInteger(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw error(field, "expected a whole number");
        }
        return value.intValue();
    }

    /** The raw value of a field (null when absent or JSON null). */
    JsonNode raw(String field) {
        return value(field);
    }

    JsonFields object(String field) {
        JsonNode value = value(field);
        if (value == null) {
            throw missing(field);
        }
        return new JsonFields(value, child(field));
    }

    JsonNode array(String field) {
        JsonNode value = value(field);
        if (value == null) {
            throw missing(field);
        }
        if (!value.isArray()) {
            throw error(field, "expected an array");
        }
        return value;
    }

    String child(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    void rejectUnknown() {
        for (String name : node.propertyNames()) {
            if (!read.contains(name)) {
                throw error(name, "unknown field");
            }
        }
    }

    ValuationSetException error(String field, String problem) {
        return new ValuationSetException(prefix(child(field)) + problem);
    }

    String path() {
        return path;
    }

    private ValuationSetException missing(String field) {
        return error(field, "required field is missing");
    }

    private JsonNode value(String field) {
        read.add(field);
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    static String prefix(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }
}
