package com.gmpgate.local.template;

import com.gmpgate.template.CfnTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.local.RepoFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The repository's template.yaml: well-formed, consistent, and the settings the design fixes. */
class TemplateTest {

    private static CfnTemplate template;

    @BeforeAll
    static void load() {
        template = CfnTemplate.load(RepoFiles.resolve("template.yaml"));
    }

    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return map;
    }

    @Test
    void isASamTemplate() {
        assertThat(template.tree()).containsEntry("AWSTemplateFormatVersion", "2010-09-09");
        // LanguageExtensions first: DeletionPolicy and UpdateReplacePolicy take Fn::If only with it
        assertThat(template.transforms()).containsExactly("AWS::LanguageExtensions", "AWS::Serverless-2016-10-31");
        assertThat(template.tree().get("Description")).asString().contains("위생상태점검표");
    }

    @Test
    void everyReferenceAndCondition_namesSomethingDeclared() {
        assertThat(TemplateLint.problems(template)).isEmpty();
    }

    @Test
    void onlyKnownTopLevelSections() {
        assertThat(template.tree().keySet()).isSubsetOf("AWSTemplateFormatVersion", "Transform", "Description",
                "Metadata", "Parameters", "Mappings", "Conditions", "Globals", "Resources", "Outputs");
    }

    @Test
    void functions_runJava21_onOneArchitecture_withTracing() {
        Map<String, Object> function = map(template.globals().get("Function"));
        assertThat(function).containsEntry("Runtime", "java21")
                .containsEntry("Tracing", "Active")
                .containsEntry("Architectures", List.of("arm64"));
        assertThat((Integer) function.get("Timeout")).isBetween(1, 29); // API Gateway REST gives up at 29 s
        assertThat(map(map(function.get("Environment")).get("Variables")))
                .containsEntry("GMP_STAGE", Map.of("Ref", "Stage"))
                .containsKey("GMP_BEDROCK_MODEL_ID");
        assertThat(function.get("LoggingConfig")).isEqualTo(
                Map.of("LogFormat", "JSON", "ApplicationLogLevel", "INFO", "SystemLogLevel", "WARN"));
    }

    @Test
    void parameters_haveTheDesignDefaults() {
        Map<String, Object> p = template.parameters();
        assertThat(map(p.get("Stage"))).containsEntry("AllowedValues", List.of("dev", "staging", "prod"));
        assertThat(map(p.get("BedrockModelId")))
                .containsEntry("Default", "anthropic.claude-haiku-4-5-20251001-v1:0");
        assertThat(map(p.get("AiProvider"))).containsEntry("AllowedValues", List.of("bedrock", "manual"));
        assertThat(map(p.get("PassTtlHours"))).containsEntry("Type", "Number").containsEntry("Default", 12);
        assertThat(map(p.get("ImageRetentionDays"))).containsEntry("Type", "Number").containsEntry("Default", 30);
        assertThat(p).containsKey("AlarmEmail");
        p.forEach((name, body) -> assertThat(map(body)).as(name).containsKeys("Type", "Description"));
    }

    @Test
    void parameterDefaults_satisfyTheirOwnConstraints() {
        template.parameters().forEach((name, body) -> {
            Map<String, Object> p = map(body);
            Object value = p.get("Default");
            if (value == null) {
                return;
            }
            if (p.get("AllowedValues") instanceof List<?> allowed) {
                assertThat(allowed.contains(value)).as(name + " default in AllowedValues").isTrue();
            }
            if (p.get("AllowedPattern") instanceof String pattern) {
                assertThat(String.valueOf(value)).as(name).matches(pattern);
            }
            if (p.get("MinValue") instanceof Number min) {
                assertThat(((Number) value).doubleValue()).as(name).isGreaterThanOrEqualTo(min.doubleValue());
            }
            if (p.get("MaxValue") instanceof Number max) {
                assertThat(((Number) value).doubleValue()).as(name).isLessThanOrEqualTo(max.doubleValue());
            }
        });
    }

    @Test
    void isProd_comparesTheStage() {
        assertThat(template.conditions().get("IsProd"))
                .isEqualTo(Map.of("Fn::Equals", List.of(Map.of("Ref", "Stage"), "prod")));
    }

    @Test
    void gateApi_requiresAnApiKey_onAStageNamedAfterTheStage() {
        Map<String, Object> api = template.resource("GateApi").orElseThrow();
        assertThat(api).containsEntry("Type", "AWS::Serverless::Api");
        Map<String, Object> properties = CfnTemplate.properties(api);
        assertThat(properties).containsEntry("StageName", Map.of("Ref", "Stage"));
        Map<String, Object> auth = map(properties.get("Auth"));
        assertThat(auth).containsEntry("ApiKeyRequired", true).doesNotContainKey("UsagePlan");
        Map<String, Object> plan = CfnTemplate.properties(template.resource("GateApiUsagePlan").orElseThrow());
        assertThat(plan.get("ApiStages")).isEqualTo(
                List.of(Map.of("ApiId", Map.of("Ref", "GateApi"), "Stage", Map.of("Ref", "GateApi.Stage"))));
        assertThat(CfnTemplate.properties(template.resource("GateApiUsagePlanKey").orElseThrow()))
                .containsEntry("KeyId", Map.of("Ref", "GateApiApiKey"))
                .containsEntry("UsagePlanId", Map.of("Ref", "GateApiUsagePlan"));
        assertThat(map(template.globals().get("Api"))).containsEntry("TracingEnabled", true);
    }

    @Test
    void gatewayResponses_renderTheErrorEnvelope() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> responses = map(CfnTemplate.properties(template.resource("GateApi").orElseThrow())
                .get("GatewayResponses"));
        assertThat(responses).containsKeys("INVALID_API_KEY", "UNAUTHORIZED", "ACCESS_DENIED", "THROTTLED",
                "MISSING_AUTHENTICATION_TOKEN", "DEFAULT_4XX", "DEFAULT_5XX");
        responses.forEach((type, body) -> {
            String mapping = String.valueOf(map(map(body).get("ResponseTemplates")).get("application/json"));
            // What API Gateway substitutes: messageString comes quoted, responseType is UPPER_SNAKE.
            String rendered = mapping.replace("$context.error.messageString", "\"Forbidden\"")
                    .replace("$context.error.responseType", "BAD_REQUEST_BODY")
                    .replace("$context.requestId", "c6af9ac6-7b61-11e6-9a41-93e8deadbeef");
            assertThat(rendered).as(type).doesNotContain("$context");
            JsonNode error;
            try {
                error = json.readTree(rendered).get("error");
            } catch (Exception e) {
                throw new AssertionError(type + " does not render to JSON: " + rendered, e);
            }
            assertThat(error).as(type).isNotNull();
            assertThat(error.get("code").asText()).as(type).matches("[A-Z][A-Z0-9_]*");
            assertThat(error.get("message").isTextual()).as(type).isTrue();
            assertThat(error.get("requestId").asText()).as(type).isNotBlank();
            Object status = map(body).get("StatusCode");
            if (status != null) {
                assertThat(Integer.parseInt(String.valueOf(status))).as(type).isBetween(400, 599);
            }
        });
    }

    @Test
    void outputs_nameTheApiUrlAndKey() {
        assertThat(map(template.outputs().get("ApiUrl")).get("Value")).asString().contains("${GateApi}");
        assertThat(map(template.outputs().get("ApiKeyId"))).containsEntry("Value", Map.of("Ref", "GateApiApiKey"));
    }

    @Test
    void everyFunction_shipsItsModulesShadedJar_andNamesAHandler() {
        template.resourcesOfType("AWS::Serverless::Function").forEach((id, function) -> {
            Map<String, Object> properties = CfnTemplate.properties(function);
            assertThat(properties.get("Handler")).as(id + ".Handler").isInstanceOf(String.class);
            Object codeUri = properties.get("CodeUri");
            assertThat(codeUri).as(id + ".CodeUri").isInstanceOf(String.class);
            Path jar = Path.of((String) codeUri);
            assertThat(jar.getNameCount()).as(id + ".CodeUri = <module>/target/<jar>").isGreaterThanOrEqualTo(3);
            assertThat(jar.getParent().getFileName().toString()).as(id + ".CodeUri").isEqualTo("target");
            assertThat(jar.getFileName().toString()).as(id + ".CodeUri").endsWith(".jar");
            Path module = RepoFiles.resolve(jar.getParent().getParent().toString());
            assertThat(Files.isRegularFile(module.resolve("pom.xml"))).as(id + ": module " + module).isTrue();
        });
    }
}
