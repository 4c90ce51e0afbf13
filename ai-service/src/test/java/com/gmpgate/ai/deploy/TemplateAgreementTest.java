package com.gmpgate.ai.deploy;

import com.gmpgate.fakes.RepoFiles;
import static com.gmpgate.fakes.RepoFiles.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.ai.AiEnvironment;
import com.gmpgate.ai.api.AiApiHandler;
import com.gmpgate.ai.api.AiApiHandlerTest;
import com.gmpgate.api.CorsPolicy;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** template.yaml deploys what this module builds: the same routes, handler, jar, variables and no more rights. */
class TemplateAgreementTest {

    static final Map<String, Object> TEMPLATE = RepoFiles.template();

    static Map<String, Object> properties(String logicalId) {
        return map(map(map(TEMPLATE.get("Resources")).get(logicalId)).get("Properties"));
    }

    @Test
    void aiFunction_declaresExactlyTheRoutesTheHandlerServes_allBehindTheAuthorizer() {
        Set<String> declared = new TreeSet<>();
        map(properties("AiFunction").get("Events")).values().forEach(event -> {
            Map<String, Object> p = map(map(event).get("Properties"));
            assertThat(map(event).get("Type")).isEqualTo("Api");
            assertThat(p.get("RestApiId")).isEqualTo(Map.of("Ref", "GateApi"));
            assertThat(p).doesNotContainKey("Auth");
            declared.add(String.valueOf(p.get("Method")).toUpperCase(Locale.ROOT) + " " + p.get("Path"));
        });

        AiApiHandlerTest kit = new AiApiHandlerTest();
        assertThat(declared).isEqualTo(kit.handler(new com.gmpgate.ai.application.ManualWoundAssessor())
                .dispatcher().routes());
    }

    @Test
    void aiFunction_runsThisModulesShadedJar_withItsHandlerClass_within29Seconds() {
        assertThat(properties("AiFunction").get("CodeUri")).isEqualTo("ai-service/target/ai-service.jar");
        assertThat(properties("AiFunction").get("Handler")).isEqualTo(AiApiHandler.class.getName() + "::handleRequest");
        assertThat((Integer) properties("AiFunction").get("Timeout")).isLessThan(29);
    }

    @Test
    void everyVariableTheTemplateSets_isOneTheServiceReads() throws IllegalAccessException {
        Set<String> known = new HashSet<>();
        for (Field field : AiEnvironment.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                known.add((String) field.get(null));
            }
        }
        Map<String, Object> own = map(map(properties("AiFunction").get("Environment")).get("Variables"));
        assertThat(known).containsAll(own.keySet());
        Map<String, Object> global = map(map(map(map(TEMPLATE.get("Globals")).get("Function")).get("Environment"))
                .get("Variables"));
        assertThat(global).containsKeys(AiEnvironment.PROVIDER, AiEnvironment.MODEL_ID);
        assertThat(own).containsKeys(AiEnvironment.ANALYSES_TABLE, AiEnvironment.IMAGES_BUCKET,
                AiEnvironment.DAILY_LIMIT, AiEnvironment.CONFIDENCE_THRESHOLD, AiEnvironment.BEDROCK_TIMEOUT_MS);
    }

    @Test
    void policies_reachOnlyTheAnalysesTable_theUploadsPrefix_andTheConfiguredModel() {
        String policies = properties("AiFunction").get("Policies").toString();
        assertThat(policies).contains("AnalysesTable", "ImagesBucket.Arn}/uploads/*", "bedrock:InvokeModel",
                "inference-profile/${Geography}.${BedrockModelId}", "foundation-model/${BedrockModelId}",
                "bedrock:InferenceProfileArn");
        assertThat(policies).doesNotContain("UsersTable", "SessionsTable", "ChecklistsTable", "PassesTable",
                "AccessLogsTable", "PresenceTable", "s3:DeleteObject", "s3:ListBucket", "DeleteItem", "Scan",
                "InvokeModelWithResponseStream");
        // a wildcard model is allowed only through the configured inference profile
        List<?> statements = (List<?>) map(((List<?>) properties("AiFunction").get("Policies")).get(0)).get("Statement");
        statements.stream().map(RepoFiles::map)
                .forEach(s -> assertThat(String.valueOf(s.get("Action"))).as("no wildcard action").doesNotContain("*"));
        statements.stream().map(RepoFiles::map).filter(s -> String.valueOf(s.get("Resource")).contains("foundation-model/*"))
                .forEach(s -> assertThat(s).containsKey("Condition"));
    }

    @Test
    void uploadGrants_takeTheirQuotaWithOneConditionalUpdate_onTheQuotasTableOnly() {
        Map<String, Object> variables = map(map(properties("AiFunction").get("Environment")).get("Variables"));
        assertThat(variables).containsKeys(AiEnvironment.QUOTAS_TABLE, AiEnvironment.DAILY_UPLOAD_LIMIT);
        List<?> statements = (List<?>) map(((List<?>) properties("AiFunction").get("Policies")).get(0)).get("Statement");
        assertThat(statements.stream().map(RepoFiles::map).filter(st -> String.valueOf(st.get("Resource"))
                .contains("QuotasTable"))).singleElement().satisfies(st ->
                assertThat(st.get("Action")).isEqualTo("dynamodb:UpdateItem"));
    }

    @Test
    void theImagesBucket_letsOnlyTheAppsOrigin_putFromABrowser_withTheSignedHeaders() {
        List<?> rules = (List<?>) map(properties("ImagesBucket").get("CorsConfiguration")).get("CorsRules");
        assertThat(rules).singleElement().satisfies(rule -> {
            Map<String, Object> r = map(rule);
            assertThat(r.get("AllowedOrigins").toString()).doesNotContain("*").contains("AppOrigin");
            assertThat(String.valueOf(r.get("AllowedHeaders"))).isEqualTo("[content-type, if-none-match]");
        });
        String pattern = map(map(TEMPLATE.get("Parameters")).get("AppOrigin")).get("AllowedPattern").toString();
        assertThat("*").doesNotMatch(pattern);
        assertThat("https://*.example.com").doesNotMatch(pattern);
        assertThat("https://d1234abcd.cloudfront.net").matches(pattern);
        assertThat("http://localhost:3000,http://127.0.0.1:3000").matches(pattern);
    }

    @Test
    void theParameters_haveTheDefaultsTheServiceAssumes() {
        Map<String, Object> parameters = map(TEMPLATE.get("Parameters"));
        assertThat(map(parameters.get("AiDailyAnalysisLimit")).get("Default")).isEqualTo(20);
        assertThat(map(parameters.get("AiConfidenceThreshold")).get("Default")).isEqualTo(0.7);
        assertThat(map(parameters.get("AiDailyUploadLimit")).get("Default"))
                .isEqualTo(com.gmpgate.ai.application.AiSettings.DEFAULT.dailyUploadLimit());
        assertThat(CorsPolicy.none().allowOrigin()).isEmpty();
    }
}
