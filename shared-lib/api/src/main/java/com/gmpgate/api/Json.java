package com.gmpgate.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * JSON for request and reply bodies. Reading is strict: an unknown field, a duplicate key, a number where text
 * belongs (or the reverse), trailing content — each is a 400 naming the field, never a silent guess.
 *
 * <p>Body types are records of strings, numbers, booleans, enums, lists, maps and nested records; times travel as
 * ISO-8601 strings and are mapped explicitly (no java.time module, less to load at cold start).
 */
public final class Json {

    /** Every JSON body this API accepts is small; larger ones are refused before parsing. */
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // openapi.yaml: an optional field with no value is left out, not sent as null
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Enum, config -> config
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .withCoercionConfigDefaults(config -> config
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .build();

    private Json() {
    }

    /** Reads a required JSON body of at most {@value #DEFAULT_MAX_BODY_BYTES} bytes. */
    public static <T> T read(ApiRequest request, Class<T> type) {
        return read(request, type, DEFAULT_MAX_BODY_BYTES);
    }

    /**
     * Reads a required JSON body strictly, then lets it {@link Validatable validate} itself.
     *
     * @throws ApiException 400 (MALFORMED_JSON, BODY_REQUIRED, VALIDATION_FAILED), 413, or 415
     */
    public static <T> T read(ApiRequest request, Class<T> type, int maxBytes) {
        requireJsonContentType(request);
        byte[] bytes = request.bodyBytes();
        if (bytes.length > maxBytes) {
            throw new ApiException(413, "PAYLOAD_TOO_LARGE",
                    "The request body is larger than " + maxBytes + " bytes.");
        }
        if (isBlank(bytes)) {
            throw ApiException.badRequest("BODY_REQUIRED", "A JSON request body is required.");
        }
        T value;
        try {
            value = MAPPER.readValue(bytes, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.validation(List.of(new FieldProblem(path(e), "UNKNOWN_FIELD",
                    "Unknown field " + path(e) + ".")));
        } catch (ValueInstantiationException e) {
            throw ApiException.validation(List.of(new FieldProblem(path(e), "INVALID",
                    "Field " + pathOrBody(e) + " has an invalid value.")));
        } catch (MismatchedInputException e) {
            throw ApiException.validation(List.of(new FieldProblem(path(e), "WRONG_TYPE",
                    "Field " + pathOrBody(e) + " must be " + describe(e.getTargetType()) + ".")));
        } catch (JsonProcessingException e) {
            // the parser's own message names offsets and tokens: fine to log, not needed by the client
            throw ApiException.badRequest("MALFORMED_JSON", "The request body is not valid JSON.");
        } catch (IOException e) {
            throw new IllegalStateException("reading an in-memory body failed", e);
        }
        if (value == null) {
            throw ApiException.badRequest("BODY_REQUIRED", "A JSON request body is required.");
        }
        if (value instanceof Validatable) {
            Violations violations = new Violations();
            ((Validatable) value).validate(violations);
            violations.throwIfAny();
        }
        return value;
    }

    /** Serializes a reply body (records, lists, maps, strings, numbers). */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getName(), e);
        }
    }

    /** For tests and adapters that need the same strict reading outside a request. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static void requireJsonContentType(ApiRequest request) {
        Optional<String> contentType = request.header("Content-Type");
        if (contentType.isEmpty()) {
            return; // tolerated: JSON is the only thing the API reads
        }
        String value = contentType.get().toLowerCase(Locale.ROOT).replace(" ", "");
        boolean json = value.equals("application/json") || value.startsWith("application/json;");
        boolean utf8 = !value.contains("charset=") || value.contains("charset=utf-8");
        if (!json || !utf8) {
            throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE",
                    "Send the body as application/json in UTF-8.");
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String pathOrBody(JsonMappingException e) {
        String path = path(e);
        return path.isEmpty() ? "(body)" : path;
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            StringBuilder values = new StringBuilder("one of");
            for (Object constant : type.getEnumConstants()) {
                values.append(' ').append(constant);
            }
            return values.toString();
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
