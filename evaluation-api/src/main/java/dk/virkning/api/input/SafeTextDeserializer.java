package dk.virkning.api.input;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Text is JSON text only (no number or boolean turned into one), and holds no character that
 * PostgreSQL refuses (NUL), that a screen or a log cannot show (control characters) or that is
 * not a character at all (an unpaired UTF-16 surrogate). Tab and line breaks are allowed: free
 * text such as a drop-out reason may span lines; fields that must be one line say so in core.
 */
final class SafeTextDeserializer extends ValueDeserializer<String> {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        String text = p.getString();
        String problem = TextRules.problem(text);
        if (problem != null) {
            throw new InputRuleException(p, "INVALID_CHARACTERS", problem);
        }
        return text;
    }
}
