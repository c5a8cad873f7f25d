package dk.virkning.api.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * A date is text of the form YYYY-MM-DD naming a real calendar day between {@link #EARLIEST} and
 * {@link #LATEST}: no date-time (whose time would be dropped), no number, no signed or five-digit
 * year (which PostgreSQL cannot store). Each field narrows this further to what is plausible for
 * it (evaluation-core; docs/api.md).
 */
final class BoundedDateDeserializer extends ValueDeserializer<LocalDate> {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
        String text = p.getString();
        LocalDate date = null;
        if (SHAPE.matcher(text).matches()) {
            try {
                date = LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                        Integer.parseInt(text.substring(8, 10)));
            } catch (DateTimeException e) {
                throw new InputRuleException(p, "INVALID_DATE", "is not a day of the calendar.");
            }
        }
        if (date == null) {
            throw new InputRuleException(p, "INVALID_DATE", "must be a date written YYYY-MM-DD.");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new InputRuleException(p, "DATE_OUT_OF_RANGE", "must be a date between " + EARLIEST + " and "
                    + LATEST + ".");
        }
        return date;
    }
}
