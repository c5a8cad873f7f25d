package dk.virkning.api.input;

import java.math.BigDecimal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * A decimal is a JSON number with at most {@value #MAX_INTEGER_DIGITS} digits before the point
 * and {@value #MAX_SCALE} after it. Without this bound {@code 1e-999999999} is a valid BigDecimal
 * whose plain form has a billion digits: any later message naming it would cost gigabytes.
 */
final class BoundedDecimalDeserializer extends ValueDeserializer<BigDecimal> {

    static final int MAX_INTEGER_DIGITS = 20;
    static final int MAX_SCALE = 10;

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
        if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
            return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
        }
        BigDecimal value = p.getDecimalValue();
        if (value.scale() > MAX_SCALE || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new InputRuleException(p, "OUT_OF_RANGE", "must be a number with at most " + MAX_INTEGER_DIGITS
                    + " digits before the decimal point and " + MAX_SCALE + " after it.");
        }
        return value;
    }
}
