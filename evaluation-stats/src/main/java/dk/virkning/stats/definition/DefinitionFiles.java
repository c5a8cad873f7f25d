package dk.virkning.stats.definition;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads a JSON definition file strictly into its file-format records, then builds the domain
 * model from them.
 *
 * <p>Binding fails on an unknown property, a missing or null property (every property is
 * required unless its record component is annotated {@code @JsonSetter(nulls = Nulls.SKIP)},
 * absent meaning null, or {@code Nulls.AS_EMPTY}, absent meaning an empty list), a duplicate
 * key, a value of the wrong type (no coercion: {@code "5"} is not a number, {@code 1.5} not a
 * whole number, {@code 1} not an enum constant), blank text, and content after the root object.
 * The domain constructors then check the semantic rules; one they break is reported at the path
 * the builder gives to {@link #at}. Every failure is one exception of the caller's type whose
 * message names the file and the JSON path, e.g.
 * {@code Instrument definition instruments/WHO5.json is invalid: items[1].text.da: required field is missing}.
 */
public final class DefinitionFiles {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            // Checked after binding instead, to report trailing content as the syntax error it is.
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Absent counts as null, so "fail on null" makes every property required by default.
            .changeDefaultNullHandling(n -> JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
            .addModule(new SimpleModule("definition-text").addDeserializer(String.class, new NonBlankText()))
            .build();

    private final String what;
    private final String kind;
    private final BiFunction<String, Throwable, ? extends RuntimeException> failure;

    /**
     * @param what what one file of the catalogue defines, for messages (e.g. {@code instrument})
     * @param kind what one file is, starting its messages (e.g. {@code Instrument definition})
     * @param failure makes the exception thrown for a file that is missing or invalid, from its
     *     message and cause (e.g. {@code InstrumentDefinitionException::new})
     */
    public DefinitionFiles(String what, String kind, BiFunction<String, Throwable, ? extends RuntimeException> failure) {
        this.what = what;
        this.kind = kind;
        this.failure = failure;
    }

    /** The {@code index.json} of a catalogue directory. */
    public interface Index {

        /** The names of the files to read, in order; throws a {@link #problem} if the index breaks a rule. */
        List<String> names();
    }

    /** A catalogue directory as read: its index, and the value of every file it lists, in index order. */
    public record Directory<I, T>(I index, List<T> values) {
    }

    /**
     * Reads one file.
     *
     * @param sourceName the file's name (e.g. {@code instruments/WHO5.json})
     * @param json the file's content
     * @param format the record the file's root object binds to
     * @param model builds the domain value from the bound record
     */
    public <F, T> T read(String sourceName, String json, Class<F> format, Function<? super F, T> model) {
        return readAs(kind, sourceName, json, format, model);
    }

    /**
     * Reads a catalogue directory: its {@code index.json}, then {@code NAME.json} for every name
     * the index lists, each of which must define the name it is listed as. Listing the files in an
     * index, rather than scanning the directory, works the same from a jar and from a folder.
     *
     * @param directory the resource directory, e.g. {@code instruments}
     * @param index the record {@code index.json} binds to
     * @param file reads one listed file from its resource name and text (e.g. {@code InstrumentDefinitionReader::read})
     * @param name the name a file's value defines (e.g. {@code Instrument::id})
     */
    public <I extends Index, T> Directory<I, T> directory(ClassLoader loader, String directory, Class<I> index,
            BiFunction<String, String, T> file, Function<? super T, String> name) {
        String base = directory.endsWith("/") ? directory : directory + "/";
        String indexName = base + "index.json";
        String indexKind = Character.toUpperCase(what.charAt(0)) + what.substring(1) + " index";
        I listing = readAs(indexKind, indexName, resource(loader, indexName, "the " + what + " index"), index,
                Function.identity());
        List<String> names = reporting(indexKind, indexName, listing::names);
        List<T> values = new ArrayList<>();
        for (String listed : names) {
            String fileName = base + listed + ".json";
            T value = file.apply(fileName, resource(loader, fileName, what + " " + listed + " listed in " + indexName));
            if (!name.apply(value).equals(listed)) {
                throw failure.apply(kind + " " + fileName + " has id " + name.apply(value) + " but " + indexName
                        + " lists it as " + listed, null);
            }
            values.add(value);
        }
        return new Directory<>(listing, List.copyOf(values));
    }

    private <F, T> T readAs(String kind, String sourceName, String json, Class<F> format,
            Function<? super F, T> model) {
        return reporting(kind, sourceName, () -> model.apply(bind(json, format)));
    }

    /** Runs a step of reading a file, turning its {@link Problem} into the caller's exception naming the file. */
    private <T> T reporting(String kind, String sourceName, Supplier<T> step) {
        try {
            return step.get();
        } catch (Problem e) {
            throw failure.apply(kind + " " + sourceName + (e.syntax ? " is not valid JSON: " : " is invalid: ")
                    + e.getMessage(), e);
        }
    }

    private String resource(ClassLoader loader, String name, String description) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw failure.apply("Cannot find " + description + ": " + name + " is not on the classpath", null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    /**
     * Builds a domain value inside {@link #read}'s {@code model}, reporting a rule its constructor
     * breaks (an {@link IllegalArgumentException}) at {@code path}.
     *
     * @param path the JSON path of the object it is built from, e.g. {@code items[0]}; empty for the root
     */
    public static <T> T at(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new Problem(path, e.getMessage(), false, e);
        }
    }

    /** A problem {@link #read}'s {@code model} finds itself, at a JSON path; throw it. */
    public static RuntimeException problem(String path, String message) {
        return new Problem(path, message, false, null);
    }

    /** {@code parent.field}, or {@code field} at the root. */
    public static String path(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    /** {@code array[index]}. */
    public static String path(String array, int index) {
        return array + "[" + index + "]";
    }

    private static <F> F bind(String json, Class<F> format) {
        try (JsonParser parser = JSON.createParser(json)) {
            F value = JSON.readValue(parser, format);
            if (value == null) {
                throw new Problem("", "expected a JSON object", false, null);
            }
            if (parser.nextToken() != null) {
                throw new Problem("", "unexpected content after the root object", true, null);
            }
            return value;
        } catch (JacksonException e) {
            throw describe(e);
        }
    }

    private static Problem describe(JacksonException e) {
        String path = path(e.getPath());
        if (e instanceof UnrecognizedPropertyException) {
            return new Problem(path, "unknown field", false, e);
        }
        if (e instanceof InvalidNullException) {
            boolean element = !e.getPath().isEmpty() && e.getPath().get(e.getPath().size() - 1).getPropertyName() == null;
            return new Problem(path, element ? "expected a value, not null" : "required field is missing", false, e);
        }
        if (e instanceof ValueInstantiationException) {
            // A model record bound directly (a text, a cut-off) broke a rule of its constructor.
            return new Problem(path, e.getCause() == null ? e.getOriginalMessage() : e.getCause().getMessage(), false,
                    e);
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return new Problem(path, "'" + format.getValue() + "' is not one of " + constants(format.getTargetType()),
                    false, e);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return new Problem(path, "expected " + expected(mismatch.getTargetType()), false, e);
        }
        if (e instanceof InputCoercionException coercion) {
            return new Problem(path, "expected " + expected(coercion.getTargetType()), false, e);
        }
        if (e instanceof StreamReadException) {
            return new Problem(path, e.getOriginalMessage(), true, e);
        }
        throw e; // e.g. InvalidDefinitionException: a mistake in a format record, not in the file
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a non-empty string";
        }
        if (type != null && type.isEnum()) {
            return "one of " + constants(type);
        }
        if (type != null && (Collection.class.isAssignableFrom(type) || type.isArray())) {
            return "an array";
        }
        return "a JSON object";
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    /** {@code items[1].text.da}: the references Jackson collected on the way down. */
    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Text in a definition file is never blank: a blank label or source is a mistake, not a value. */
    private static final class NonBlankText extends StdDeserializer<String> {

        NonBlankText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_STRING && !parser.getString().isBlank()) {
                return parser.getString();
            }
            return context.reportInputMismatch(String.class, "expected a non-empty string");
        }
    }

    /**
     * What is wrong where; {@link #reporting} turns it into the caller's exception with the file's
     * name. {@code syntax}: the text is not (strict) JSON, rather than JSON of the wrong shape.
     */
    private static final class Problem extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final boolean syntax;

        Problem(String path, String problem, boolean syntax, Throwable cause) {
            super(path.isEmpty() ? problem : path + ": " + problem, cause);
            this.syntax = syntax;
        }
    }
}
