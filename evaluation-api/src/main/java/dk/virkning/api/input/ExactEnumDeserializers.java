package dk.virkning.api.input;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Enums by their exact name. Jackson falls back to the trimmed text, and {@code trim()} removes
 * every character up to U+0020, so {@code "NGO\u0000"} would be read as NGO.
 */
final class ExactEnumDeserializers extends ValueDeserializerModifier {

    @Override
    public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
            BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
        return new Exact(deserializer);
    }

    static final class Exact extends DelegatingDeserializer {

        Exact(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Exact(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getString();
                if (!text.equals(text.strip()) || TextRules.problem(text) != null) {
                    throw new InputRuleException(p, "UNKNOWN_VALUE", "must be one of the listed names, exactly.");
                }
            }
            return super.deserialize(p, ctxt);
        }
    }
}
