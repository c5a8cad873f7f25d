package dk.virkning.batch.report;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statistics of one stored result read by the contract's field names (docs/methods.md), as an
 * outside reader of the database or the API would: the tests' independent check of what the
 * records store. A missing or null field is {@code null}, never 0.
 */
public record Stats(JsonNode fields) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static Stats parse(String json) {
        return new Stats(json == null ? JSON.createObjectNode() : JSON.readTree(json));
    }

    public Double number(String name) {
        JsonNode node = fields.get(name);
        return node == null || node.isNull() || !node.isNumber() ? null : node.asDouble();
    }

    public Integer integer(String name) {
        Double value = number(name);
        return value == null ? null : (int) Math.round(value);
    }

    /** The lower bound of an interval field such as {@code ci_change}. */
    public Double low(String name) {
        return bound(name, 0);
    }

    public Double high(String name) {
        return bound(name, 1);
    }

    private Double bound(String name, int index) {
        JsonNode node = fields.get(name);
        if (node == null || !node.isArray() || node.size() != 2 || !node.get(index).isNumber()) {
            return null;
        }
        return node.get(index).asDouble();
    }
}
