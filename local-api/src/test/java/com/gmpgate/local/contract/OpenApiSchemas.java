package com.gmpgate.local.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schemas of docs/openapi.yaml as JSON Schema 2020-12 validators (an OpenAPI 3.1 schema object
 * is one). {@code validate("Pass", json)} lists what is wrong with a reply body, empty when it fits.
 */
final class OpenApiSchemas {

    private static final String COMPONENT_REF = "#/components/schemas/";

    private final ObjectNode definitions;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    private OpenApiSchemas(ObjectNode definitions) {
        this.definitions = definitions;
    }

    static OpenApiSchemas load(Path spec, ObjectMapper json) {
        Object tree = OpenApiDocument.load(spec).resolve("#/components/schemas")
                .orElseThrow(() -> new IllegalStateException(spec + " has no components.schemas"));
        ObjectNode definitions = json.valueToTree(tree);
        rewriteRefs(definitions);
        return new OpenApiSchemas(definitions);
    }

    List<String> validate(String schemaName, JsonNode instance) {
        return compiled.computeIfAbsent(schemaName, this::compile).validate(instance).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    /** One self-contained document: the schemas under $defs, and a $ref to the one wanted. */
    private JsonSchema compile(String schemaName) {
        if (!definitions.has(schemaName)) {
            throw new IllegalArgumentException("no schema " + schemaName + " in components.schemas");
        }
        ObjectNode document = definitions.objectNode();
        document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        document.set("$defs", definitions);
        document.put("$ref", "#/$defs/" + schemaName);
        return factory.getSchema(document, config);
    }

    private static void rewriteRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("$ref") && field.getValue().isTextual()
                        && field.getValue().asText().startsWith(COMPONENT_REF)) {
                    field.setValue(TextNode.valueOf("#/$defs/" + field.getValue().asText().substring(COMPONENT_REF.length())));
                } else {
                    rewriteRefs(field.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(OpenApiSchemas::rewriteRefs);
        }
    }
}
