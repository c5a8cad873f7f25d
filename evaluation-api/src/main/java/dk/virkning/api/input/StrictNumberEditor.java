package dk.virkning.api.input;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;

/** A whole number in a path or query: ASCII decimal digits, an optional minus, nothing else. */
public final class StrictNumberEditor extends PropertyEditorSupport {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,19}");

    private final boolean allowEmpty;
    private final boolean integer;

    public StrictNumberEditor(boolean allowEmpty, boolean integer) {
        this.allowEmpty = allowEmpty;
        this.integer = integer;
    }

    @Override
    public void setAsText(String text) {
        if (text == null || text.isEmpty()) {
            if (!allowEmpty) {
                throw new IllegalArgumentException("a number is required");
            }
            setValue(null);
            return;
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("not a decimal number");
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("out of range");
        }
        if (integer) {
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("out of range");
            }
            setValue((int) value);
        } else {
            setValue(value);
        }
    }

    @Override
    public String getAsText() {
        return getValue() == null ? "" : getValue().toString();
    }
}
