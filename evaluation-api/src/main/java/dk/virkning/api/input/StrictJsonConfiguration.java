package dk.virkning.api.input;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON the API accepts: strict (no coercion between types, enums by name, no duplicate keys,
 * no date-time where a date is expected) and bounded (body size, nesting, string and number
 * length, token count), so that neither a careless nor a hostile client can store nonsense or
 * make one request cost much. docs/api.md, "Input limits and strictness", lists the limits.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration {

    /** A JSON request body holds at most this many bytes (the multipart import has its own limit). */
    public static final long MAX_DOCUMENT_BYTES = 1_000_000;
    public static final int MAX_NESTING_DEPTH = 32;
    public static final int MAX_STRING_LENGTH = 100_000;
    public static final int MAX_NUMBER_LENGTH = 40;
    public static final int MAX_NAME_LENGTH = 200;
    public static final long MAX_TOKENS = 200_000;

    /**
     * Replaces Boot's mapper only to give it a factory with our read constraints (Jackson 3 fixes
     * them in the factory); every customizer, and so every spring.jackson property, still applies.
     */
    @Bean
    JsonMapper jsonMapper(ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_BYTES)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxTokenCount(MAX_TOKENS)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(factory);
        customizers.orderedStream().forEach(c -> c.customize(builder));
        strict(builder);
        return builder.build();
    }

    static void strict(JsonMapper.Builder builder) {
        builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Leniency is what lets a date-time or an epoch number stand in for a date.
                .defaultLeniency(false)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Enum, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .addModule(new SimpleModule("virkning-strict-input")
                        .setDeserializerModifier(new ExactEnumDeserializers())
                        .addDeserializer(String.class, new SafeTextDeserializer())
                        .addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer())
                        .addDeserializer(LocalDate.class, new BoundedDateDeserializer()));
    }
}
