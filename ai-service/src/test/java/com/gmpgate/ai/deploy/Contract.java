package com.gmpgate.ai.deploy;

import com.gmpgate.fakes.RepoFiles;
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
 * docs/openapi.yaml's component schemas as JSON Schema 2020-12 validators, so handler tests check every reply
 * against the contract the front ends are built on.
 */
public final class Contract {

    private static final String COMPONENT_REF = "#/components/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectNode DEFINITIONS = load();
    private static final Map<String, JsonSchema> COMPILED = new ConcurrentHashMap<>();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private Contract() {
    }

    /** What is wrong with {@code body} as an instance of {@code components.schemas.<name>}; empty when it fits. */
    public static List<String> problems(String schemaName, String body) {
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            return List.of("not JSON: " + body);
        }
        return COMPILED.computeIfAbsent(schemaName, Contract::compile).validate(instance).stream()
                .map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonSchema compile(String schemaName) {
        if (!DEFINITIONS.has(schemaName)) {
            throw new IllegalArgumentException("no schema " + schemaName + " in docs/openapi.yaml");
        }
        ObjectNode document = JSON.createObjectNode();
        document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        document.set("$defs", DEFINITIONS);
        document.put("$ref", "#/$defs/" + schemaName);
        return FACTORY.getSchema(document, CONFIG);
    }

    private static ObjectNode load() {
        try (Reader reader = Files.newBufferedReader(RepoFiles.root().resolve("docs/openapi.yaml"),
                StandardCharsets.UTF_8)) {
            Object tree = new Load(LoadSettings.builder().build()).loadFromReader(reader);
            ObjectNode definitions = (ObjectNode) JSON.valueToTree(tree).at("/components/schemas");
            rewriteRefs(definitions);
            return definitions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rewriteRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("$ref") && field.getValue().asText().startsWith(COMPONENT_REF)) {
                    field.setValue(TextNode.valueOf("#/$defs/" + field.getValue().asText().substring(COMPONENT_REF.length())));
                } else {
                    rewriteRefs(field.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(Contract::rewriteRefs);
        }
    }
}
