package dk.virkning.stats.instrument;

import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small valid definition for tests, to be broken or extended one field at a time:
 * two items answered 1-3, summed, range 2-6, one cut-off HIGH ≥ 5.
 */
final class Definitions {

    static final String VALID = """
            {
              "id": "TEST",
              "version": "1.0",
              "name": { "da": "Testskala", "en": "Test scale" },
              "instruction": { "da": "Svar på alt.", "en": "Answer everything." },
              "answerOptions": [
                { "value": 1, "label": { "da": "Lidt", "en": "A little" } },
                { "value": 2, "label": { "da": "Noget", "en": "Some" } },
                { "value": 3, "label": { "da": "Meget", "en": "A lot" } }
              ],
              "items": [
                { "key": "1", "text": { "da": "Første", "en": "First" } },
                { "key": "2", "text": { "da": "Andet", "en": "Second" } }
              ],
              "scoring": { "method": "SUM" },
              "allowedMissing": 0,
              "range": { "min": 2, "max": 6 },
              "direction": "HIGHER_IS_WORSE",
              "cutOffs": [
                { "id": "HIGH", "comparison": "AT_LEAST", "threshold": 5, "label": { "da": "Høj", "en": "High" } }
              ],
              "primaryCutOff": "HIGH",
              "minimalImportantChange": { "points": 1, "convention": true, "source": "Test convention." },
              "source": "Test source."
            }
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Definitions() {
    }

    /** The valid definition with one change applied. */
    static String validWith(Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) JSON.readTree(VALID);
        change.accept(root);
        return JSON.writeValueAsString(root);
    }

    static ObjectNode object(ObjectNode root, String... path) {
        ObjectNode node = root;
        for (String field : path) {
            node = (ObjectNode) node.get(field);
        }
        return node;
    }

    static ObjectNode element(ObjectNode root, String arrayField, int index) {
        return (ObjectNode) root.get(arrayField).get(index);
    }

    static Instrument read(String json) {
        return InstrumentDefinitionReader.read("test.json", json);
    }
}
