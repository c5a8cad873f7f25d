package dk.virkning.stats.cli;

import dk.virkning.stats.describe.Interval;
import dk.virkning.stats.fields.FieldSink;

/**
 * Writes one flat JSON object on one line, in the order the fields are added. Numbers are written
 * with {@link Double#toString}, which round-trips every double exactly; NaN, infinities and
 * {@code null} become {@code null}, so that undefined values are never printed as numbers.
 * Written by hand because the output is a handful of flat fields and a JSON library would cost
 * more start-up time than the whole analysis of a small file.
 */
final class JsonObjectWriter implements FieldSink {

    private final StringBuilder out;
    private boolean first = true;

    JsonObjectWriter(StringBuilder out) {
        this.out = out;
        out.append('{');
    }

    @Override
    public JsonObjectWriter number(String name, Double value) {
        name(name);
        appendNumber(value);
        return this;
    }

    @Override
    public JsonObjectWriter integer(String name, Integer value) {
        name(name);
        out.append(value == null ? "null" : value.toString());
        return this;
    }

    @Override
    public JsonObjectWriter interval(String name, Interval value) {
        name(name);
        if (value == null || !value.isFinite()) {
            out.append("null");
        } else {
            out.append('[');
            appendNumber(value.lower());
            out.append(',');
            appendNumber(value.upper());
            out.append(']');
        }
        return this;
    }

    @Override
    public JsonObjectWriter string(String name, String value) {
        name(name);
        if (value == null) {
            out.append("null");
        } else {
            appendString(value);
        }
        return this;
    }

    /** Closes the object and ends the line. */
    void end() {
        out.append("}\n");
    }

    private void name(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        appendString(name);
        out.append(':');
    }

    private void appendNumber(Double value) {
        if (value == null || !Double.isFinite(value)) {
            out.append("null");
        } else {
            out.append(value.doubleValue());
        }
    }

    private void appendString(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
