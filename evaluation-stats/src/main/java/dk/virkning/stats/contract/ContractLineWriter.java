package dk.virkning.stats.contract;

import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.virkning.stats.describe.Interval;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a contract record as one line of JSON for the command line, with the field names and
 * shapes of {@link ContractJson}: the names are read from the same {@code @JsonProperty}
 * annotations, {@code @JsonUnwrapped} parts are flattened and an {@link Interval} is
 * {@code [lower, upper]} (a test holds the two writers to the same text). It uses Jackson's
 * streaming generator rather than the object mapper because the mapper's start-up costs about
 * 0.4 s of CPU, three times the whole analysis of a small file (docs/benchmarks.md).
 */
public final class ContractLineWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getSimpleName() + " is not a contract record");
            }
            List<Field> fields = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                // The annotations on a record component are kept on its accessor (their targets).
                boolean unwrapped = accessor.isAnnotationPresent(JsonUnwrapped.class);
                JsonProperty property = accessor.getAnnotation(JsonProperty.class);
                if (!unwrapped && property == null) {
                    throw new IllegalArgumentException(type.getSimpleName() + "." + component.getName()
                            + " has no contract name");
                }
                fields.add(new Field(unwrapped ? null : property.value(), accessor));
            }
            return List.copyOf(fields);
        }
    };

    private ContractLineWriter() {
    }

    /** The record as one JSON object and a line end; {@code group}, when given, is its first field. */
    public static String line(String group, Object record) {
        StringWriter out = new StringWriter(700);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            if (group != null) {
                json.writeName("group");
                json.writeString(group);
            }
            fields(json, record);
            json.writeEndObject();
        }
        return out.append('\n').toString();
    }

    private static void fields(JsonGenerator json, Object record) {
        for (Field field : FIELDS.get(record.getClass())) {
            Object value = field.of(record);
            if (field.name() == null) {
                fields(json, value);
            } else {
                json.writeName(field.name());
                value(json, value);
            }
        }
    }

    private static void value(JsonGenerator json, Object value) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                if (element != null && element.getClass().isRecord()) {
                    json.writeStartObject();
                    fields(json, element);
                    json.writeEndObject();
                } else {
                    value(json, element);
                }
            }
            json.writeEndArray();
        } else if (value instanceof Interval interval) {
            json.writeStartArray();
            json.writeNumber(interval.lower());
            json.writeNumber(interval.upper());
            json.writeEndArray();
        } else if (value.getClass().isRecord()) {
            json.writeStartObject();
            fields(json, value);
            json.writeEndObject();
        } else {
            throw new IllegalArgumentException("no contract JSON for " + value.getClass().getSimpleName());
        }
    }

    private record Field(String name, Method accessor) {

        Object of(Object record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
