package com.gmpgate.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * docs/openapi.yaml's {@code components.schemas} as JSON Schema 2020-12 validators (what an OpenAPI 3.1 schema is):
 * the one contract check of every module's tests (the services' handler and contract tests, local-api's schema
 * tests). {@code ContractSchemas.load().problems("VerifyResult", body)} lists what is wrong with a reply body, empty
 * when it fits.
 */
public final class ContractSchemas {

    private static final String COMPONENT_REF = "#/components/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode definitions;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    private ContractSchemas(ObjectNode definitions) {
        this.definitions = definitions;
    }

    /** The repository's docs/openapi.yaml, read once per test JVM (the schemas compile on first use, each once). */
    public static ContractSchemas load() {
        return Loaded.INSTANCE;
    }

    private static ContractSchemas read() {
        try (Reader reader = Files.newBufferedReader(RepoFiles.root().resolve("docs/openapi.yaml"),
                StandardCharsets.UTF_8)) {
            Object document = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build())
                    .loadFromReader(reader);
            ObjectNode definitions = (ObjectNode) JSON.valueToTree(document).path("components").path("schemas");
            rewriteRefs(definitions);
            return new ContractSchemas(definitions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reply body as sent: text that is not JSON is a problem too. */
    public List<String> problems(String schemaName, String body) {
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            return List.of("not JSON: " + body);
        }
        return problems(schemaName, instance);
    }

    public List<String> problems(String schemaName, JsonNode instance) {
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

    private static final class Loaded {
        static final ContractSchemas INSTANCE = read();
    }

    private static void rewriteRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("$ref") && field.getValue().isTextual()
                        && field.getValue().asText().startsWith(COMPONENT_REF)) {
                    field.setValue(TextNode.valueOf(
                            "#/$defs/" + field.getValue().asText().substring(COMPONENT_REF.length())));
                } else {
                    rewriteRefs(field.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(ContractSchemas::rewriteRefs);
        }
    }
}
