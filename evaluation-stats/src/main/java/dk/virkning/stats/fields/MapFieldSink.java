package dk.virkning.stats.fields;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.stats.describe.Interval;

/**
 * Collects fields into an ordered map: numbers as {@link Double}, integers as {@link Integer},
 * intervals as two-element lists, undefined values as {@code null} (never NaN), exactly what the
 * command line prints as JSON.
 */
public final class MapFieldSink implements FieldSink {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    @Override
    public MapFieldSink number(String name, Double value) {
        fields.put(name, value == null || !Double.isFinite(value) ? null : value);
        return this;
    }

    @Override
    public MapFieldSink integer(String name, Integer value) {
        fields.put(name, value);
        return this;
    }

    @Override
    public MapFieldSink interval(String name, Interval value) {
        fields.put(name, value == null || !value.isFinite() ? null : List.of(value.lower(), value.upper()));
        return this;
    }

    @Override
    public MapFieldSink string(String name, String value) {
        fields.put(name, value);
        return this;
    }

    /** The fields, in the order they were added; the map may hold {@code null} values. */
    public Map<String, Object> fields() {
        return Collections.unmodifiableMap(fields);
    }
}
