package com.gmpgate.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.local.RepoFiles;
import com.gmpgate.local.sam.LocalResources;
import com.gmpgate.template.CfnTemplate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * local-api/sam-local-env.json, the {@code --env-vars} file of {@code sam local start-api}: every variable each
 * function reads (its own Environment plus the Globals) gets a local value, and the file sets nothing the template
 * does not declare for that function — SAM CLI silently ignores such a variable, and the function would then talk
 * to AWS instead of the local engines.
 */
class SamLocalEnvTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static CfnTemplate template;
    static JsonNode file;
    static Map<String, Map<String, Object>> functions;
    static Map<String, Object> globals;

    @BeforeAll
    static void load() throws IOException {
        template = CfnTemplate.load(RepoFiles.resolve("template.yaml"));
        file = JSON.readTree(RepoFiles.resolve("local-api/sam-local-env.json").toFile());
        functions = template.resourcesOfType("AWS::Serverless::Function");
        globals = variables(CfnTemplate.asMap(template.globals().get("Function"), "Globals.Function"));
    }

    static Map<String, Object> variables(Map<String, Object> properties) {
        Object environment = properties.get("Environment");
        if (environment == null) {
            return Map.of();
        }
        Object variables = CfnTemplate.asMap(environment, "Environment").get("Variables");
        return variables == null ? Map.of() : CfnTemplate.asMap(variables, "Environment.Variables");
    }

    /** What the function's code sees: the Globals, then its own variables. */
    static Map<String, Object> declared(String function) {
        Map<String, Object> all = new LinkedHashMap<>(globals);
        all.putAll(variables(CfnTemplate.properties(functions.get(function))));
        return all;
    }

    /** What SAM CLI hands the function from the file: "Parameters" for all, then its own section. */
    static Map<String, String> fromFile(String function) {
        Map<String, String> values = new LinkedHashMap<>();
        file.path("Parameters").fields().forEachRemaining(f -> values.put(f.getKey(), f.getValue().asText()));
        file.path(function).fields().forEachRemaining(f -> values.put(f.getKey(), f.getValue().asText()));
        return values;
    }

    @Test
    void everyFunction_getsEveryVariableItReads() {
        List<String> missing = new ArrayList<>();
        functions.keySet().forEach(function -> {
            Set<String> absent = new TreeSet<>(declared(function).keySet());
            absent.removeAll(fromFile(function).keySet());
            absent.forEach(name -> missing.add(function + "." + name));
        });

        assertThat(missing).as("add these to local-api/sam-local-env.json (a function's section, or Parameters"
                + " for a Globals variable)").isEmpty();
    }

    @Test
    void theFile_setsOnlyVariablesTheTemplateDeclares_forFunctionsThatExist() {
        List<String> ignoredBySam = new ArrayList<>();
        file.fieldNames().forEachRemaining(section -> {
            if (section.equals("Parameters")) {
                file.path(section).fieldNames().forEachRemaining(name -> {
                    if (!globals.containsKey(name)) {
                        ignoredBySam.add("Parameters." + name + " (not in Globals.Function.Environment)");
                    }
                });
            } else if (!functions.containsKey(section)) {
                ignoredBySam.add(section + " (no such function)");
            } else {
                Set<String> declared = declared(section).keySet();
                file.path(section).fieldNames().forEachRemaining(name -> {
                    if (!declared.contains(name)) {
                        ignoredBySam.add(section + "." + name + " (not in its Environment)");
                    }
                });
            }
        });

        assertThat(ignoredBySam).as("SAM CLI ignores these").isEmpty();
    }

    @Test
    void theFile_pointsEveryFunctionAtTheLocalEngines_andEveryValueIsAString() {
        Set<String> notText = new LinkedHashSet<>();
        file.fields().forEachRemaining(section -> section.getValue().fields().forEachRemaining(v -> {
            if (!v.getValue().isTextual()) {
                notText.add(section.getKey() + "." + v.getKey());
            }
        }));
        assertThat(notText).as("SAM CLI passes strings").isEmpty();
        functions.keySet().forEach(function -> {
            Map<String, String> values = fromFile(function);
            assertThat(values.get("GMP_DYNAMODB_ENDPOINT")).as(function).startsWith("http://127.0.0.1:");
            assertThat(values.get("GMP_S3_ENDPOINT")).as(function).startsWith("http://127.0.0.1:");
            assertThat(values.get("AWS_ENDPOINT_URL_SECRETS_MANAGER")).as(function).startsWith("http://127.0.0.1:");
            assertThat(values).as(function + ": locally the data dir would switch to key files the"
                    + " other functions' containers cannot see").doesNotContainKey("GMP_DATA_DIR");
        });
        assertThat(fromFile("AiFunction")).as("no photo goes to Bedrock locally").containsEntry("GMP_AI_PROVIDER",
                "manual");
    }

    @Test
    void tableBucketAndSecretReferences_nameWhatTheEnginesOnlyModeCreates() {
        LocalResources names = LocalResources.standard();
        List<String> wrong = new ArrayList<>();
        functions.keySet().forEach(function -> declared(function).forEach((name, value) -> {
            if (value instanceof Map<?, ?> ref && ref.get("Ref") instanceof String logicalId
                    && template.resource(logicalId).isPresent()) {
                String type = String.valueOf(template.resource(logicalId).get().get("Type"));
                String expected = switch (type) {
                    case "AWS::DynamoDB::Table" -> names.tableName(logicalId);
                    case "AWS::S3::Bucket" -> names.bucketName(logicalId);
                    // the engines-only mode creates secrets and event buses under their logical ids
                    case "AWS::SecretsManager::Secret", "AWS::Events::EventBus" -> logicalId;
                    // moto_server's default account
                    case "AWS::SNS::Topic" -> "arn:aws:sns:us-east-1:123456789012:" + logicalId;
                    default -> null;
                };
                String actual = fromFile(function).get(name);
                if (expected != null && !expected.equals(actual)) {
                    wrong.add(function + "." + name + " = " + actual + ", expected " + expected);
                }
            }
        }));

        assertThat(wrong).isEmpty();
    }
}
