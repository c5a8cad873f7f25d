package dk.virkning.core.response;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Item answers to and from the jsonb column, in item order ("2" before "10"). */
final class ItemsJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Integer>> TYPE = new TypeReference<>() {
    };
    static final Comparator<String> ITEM_ORDER = Comparator
            .comparing((String key) -> !key.matches("[0-9]{1,9}"))
            .thenComparing(key -> key.matches("[0-9]{1,9}") ? Integer.parseInt(key) : 0)
            .thenComparing(Comparator.naturalOrder());

    private ItemsJson() {
    }

    static String write(Map<String, Integer> items) {
        return JSON.writeValueAsString(ordered(items));
    }

    static Map<String, Integer> read(String json) {
        return ordered(JSON.readValue(json, TYPE));
    }

    static Map<String, Integer> ordered(Map<String, Integer> items) {
        Map<String, Integer> sorted = new TreeMap<>(ITEM_ORDER);
        sorted.putAll(items);
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }
}
