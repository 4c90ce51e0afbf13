package com.gmpgate.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.local.RepoFiles;
import com.gmpgate.template.CfnTemplate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * template.yaml as a production stack (issue 13): front door, WAF, monitoring, retention, data protection,
 * Bedrock by region. Each test names the rule it keeps; the CloudFront functions run in Node as CloudFront
 * would run them.
 */
class ProductionTemplateTest {

    private static final Map<String, Object> RETAIN_IN_PROD =
            Map.of("Fn::If", List.of("IsProd", "Retain", "Delete"));
    private static final String CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
    private static final String ALL_VIEWER_EXCEPT_HOST = "b689b0a8-53d0-40ab-baf2-68738e2966ac";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CfnTemplate template;

    @BeforeAll
    static void load() {
        template = CfnTemplate.load(RepoFiles.resolve("template.yaml"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }

    private static Map<String, Object> props(String id) {
        return CfnTemplate.properties(template.resource(id).orElseThrow(() -> new AssertionError("no " + id)));
    }

    private static Set<String> ids(String type) {
        return new TreeSet<>(template.resourcesOfType(type).keySet());
    }

    // ---- data protection ----------------------------------------------------------------------------------

    @Test
    void tablesBucketsAndSecrets_areRetainedInProd_andOnlyThere() {
        List<String> stateful = new ArrayList<>();
        stateful.addAll(ids("AWS::DynamoDB::Table"));
        stateful.addAll(ids("AWS::S3::Bucket"));
        stateful.addAll(ids("AWS::SecretsManager::Secret"));
        assertThat(stateful).contains("UsersTable", "ImagesBucket", "WebBucket", "BackupsBucket", "PassKeysSecret",
                "AccessTokenKeysSecret");
        for (String id : stateful) {
            Map<String, Object> resource = template.resource(id).orElseThrow();
            assertThat(resource.get("DeletionPolicy")).as(id + ".DeletionPolicy").isEqualTo(RETAIN_IN_PROD);
            assertThat(resource.get("UpdateReplacePolicy")).as(id + ".UpdateReplacePolicy").isEqualTo(RETAIN_IN_PROD);
        }
        // CloudFormation takes Fn::If in these attributes only under AWS::LanguageExtensions
        assertThat(template.transforms()).first().isEqualTo("AWS::LanguageExtensions");
    }

    @Test
    void everyTable_hasPitrFor35Days_inStagingAndProd() {
        assertThat(template.conditions().get("HasPitr"))
                .isEqualTo(Map.of("Fn::Not", List.of(Map.of("Fn::Equals", List.of(Map.of("Ref", "Stage"), "dev")))));
        for (String table : ids("AWS::DynamoDB::Table")) {
            assertThat(props(table).get("PointInTimeRecoverySpecification")).as(table).isEqualTo(Map.of(
                    "PointInTimeRecoveryEnabled", Map.of("Fn::If", List.of("HasPitr", true, false)),
                    "RecoveryPeriodInDays", Map.of("Fn::If", List.of("HasPitr", 35, Map.of("Ref", "AWS::NoValue")))));
        }
    }

    @Test
    void everyTable_isExportedNightly_toTheEncryptedVersionedBackupsBucket() {
        Map<String, Object> bucket = props("BackupsBucket");
        assertThat(map(bucket.get("VersioningConfiguration"))).containsEntry("Status", "Enabled");
        assertThat(bucket).containsKeys("BucketEncryption", "LifecycleConfiguration", "PublicAccessBlockConfiguration");
        Map<String, String> exported = new LinkedHashMap<>();
        template.resourcesOfType("AWS::Scheduler::Schedule").forEach((id, schedule) -> {
            assertThat(schedule.get("Condition")).as(id).isEqualTo("HasPitr"); // an export needs PITR
            Map<String, Object> target = map(CfnTemplate.properties(schedule).get("Target"));
            assertThat(target.get("Arn")).as(id).isEqualTo(Map.of("Fn::Sub",
                    "arn:${AWS::Partition}:scheduler:::aws-sdk:dynamodb:exportTableToPointInTime"));
            List<Object> sub = list(map(target.get("Input")).get("Fn::Sub"));
            assertThat((String) sub.get(0)).contains("\"S3Bucket\":\"${BackupsBucket}\"", "\"TableArn\":\"${Table}\"");
            Object table = map(sub.get(1)).get("Table");
            exported.put(String.valueOf(list(map(table).get("Fn::GetAtt")).get(0)), id);
        });
        assertThat(exported.keySet()).containsExactlyInAnyOrderElementsOf(ids("AWS::DynamoDB::Table"));
    }

    // ---- logs ---------------------------------------------------------------------------------------------

    @Test
    void everyLogGroup_hasAStageDependentRetention_longestInProd() {
        Map<String, Object> settings = map(map(template.tree().get("Mappings")).get("StageSettings"));
        int dev = (Integer) map(settings.get("dev")).get("LogRetentionDays");
        int staging = (Integer) map(settings.get("staging")).get("LogRetentionDays");
        int prod = (Integer) map(settings.get("prod")).get("LogRetentionDays");
        assertThat(prod).isGreaterThan(staging).isGreaterThan(dev);
        Set<Integer> allowed = Set.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827,
                2192, 2557, 2922, 3288, 3653);
        assertThat(allowed).contains(dev, staging, prod);
        template.resourcesOfType("AWS::Logs::LogGroup").forEach((id, group) -> assertThat(
                CfnTemplate.properties(group).get("RetentionInDays")).as(id).isEqualTo(Map.of("Fn::FindInMap",
                List.of("StageSettings", Map.of("Ref", "Stage"), "LogRetentionDays"))));
    }

    @Test
    void everyFunction_logsJsonIntoItsOwnLogGroup() {
        assertThat(map(map(template.globals().get("Function")).get("LoggingConfig"))).containsEntry("LogFormat", "JSON");
        for (String function : ids("AWS::Serverless::Function")) {
            Object logGroup = map(props(function).get("LoggingConfig")).get("LogGroup");
            assertThat(logGroup).as(function + ".LoggingConfig.LogGroup").isInstanceOf(Map.class);
            String groupId = String.valueOf(map(logGroup).get("Ref"));
            assertThat(template.resource(groupId).map(r -> r.get("Type"))).as(function + " -> " + groupId)
                    .hasValue("AWS::Logs::LogGroup");
        }
        Map<String, Object> accessLog = map(props("GateApi").get("AccessLogSetting"));
        assertThat(accessLog.get("DestinationArn")).isEqualTo(Map.of("Fn::GetAtt", List.of("ApiAccessLogs", "Arn")));
        JsonNode format = readJson(String.valueOf(accessLog.get("Format")));
        assertThat(format.fieldNames()).toIterable().contains("requestId", "status", "errorType", "latencyMs");
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    // ---- alarms -------------------------------------------------------------------------------------------

    private static Map<String, Map<String, Object>> alarms() {
        Map<String, Map<String, Object>> alarms = new LinkedHashMap<>();
        template.resourcesOfType("AWS::CloudWatch::Alarm").forEach((id, a) -> alarms.put(id, CfnTemplate.properties(a)));
        return alarms;
    }

    @Test
    void everyAlarm_tellsTheAlarmTopic_whichMailsAlarmEmailWhenGiven() {
        alarms().forEach((id, alarm) -> assertThat(alarm.get("AlarmActions")).as(id)
                .isEqualTo(List.of(Map.of("Ref", "AlarmTopic"))));
        Map<String, Object> subscription = template.resource("AlarmEmailSubscription").orElseThrow();
        assertThat(subscription.get("Condition")).isEqualTo("HasAlarmEmail");
        assertThat(CfnTemplate.properties(subscription)).containsEntry("Protocol", "email")
                .containsEntry("Endpoint", Map.of("Ref", "AlarmEmail"));
    }

    @Test
    void everyFunction_hasAnErrorsAndAThrottlesAlarm() {
        Map<String, Set<String>> metricsByFunction = new LinkedHashMap<>();
        alarms().forEach((id, alarm) -> {
            if ("AWS/Lambda".equals(alarm.get("Namespace"))) {
                Object function = map(list(alarm.get("Dimensions")).get(0)).get("Value");
                metricsByFunction.computeIfAbsent(String.valueOf(map(function).get("Ref")), f -> new TreeSet<>())
                        .add(String.valueOf(alarm.get("MetricName")));
                assertThat(alarm).as(id).containsEntry("Threshold", 0).containsEntry("ComparisonOperator",
                        "GreaterThanThreshold");
            }
        });
        for (String function : ids("AWS::Serverless::Function")) {
            assertThat(metricsByFunction.get(function)).as(function).containsExactly("Errors", "Throttles");
        }
    }

    @Test
    void everyTable_hasAThrottleAlarm() {
        Set<String> tables = new TreeSet<>();
        alarms().values().forEach(alarm -> {
            if (alarm.get("Metrics") instanceof List<?> metrics) {
                for (Object m : metrics) {
                    if (map(m).get("MetricStat") instanceof Map<?, ?> stat
                            && "AWS/DynamoDB".equals(map(map(stat).get("Metric")).get("Namespace"))) {
                        Map<String, Object> metric = map(map(stat).get("Metric"));
                        assertThat(metric.get("MetricName")).isIn("ReadThrottleEvents", "WriteThrottleEvents");
                        Object table = map(list(metric.get("Dimensions")).get(0)).get("Value");
                        tables.add(String.valueOf(map(table).get("Ref")));
                    }
                }
            }
        });
        assertThat(tables).containsExactlyElementsOf(ids("AWS::DynamoDB::Table"));
    }

    @Test
    void theApiAlarms_useTheSeedsNumbers() {
        Map<String, Object> rate = alarms().get("Api5xxRateAlarm");
        assertThat(rate).containsEntry("Threshold", 5).containsEntry("ComparisonOperator", "GreaterThanThreshold");
        assertThat(list(rate.get("Metrics"))).anySatisfy(m -> assertThat(map(m).get("Expression")).asString()
                .contains("100 * errors / requests"));
        Map<String, Object> latency = alarms().get("ApiLatencyP90Alarm");
        assertThat(latency).containsEntry("ExtendedStatistic", "p90").containsEntry("Threshold", 3000)
                .containsEntry("MetricName", "Latency");
        assertThat(alarms().get("AuthorizerFailureAlarm")).containsEntry("MetricName", "AuthorizerFailures");
        assertThat(String.valueOf(props("AuthorizerFailureMetric").get("FilterPattern")))
                .contains("AUTHORIZER_FAILURE", "AUTHORIZER_CONFIGURATION_ERROR");
    }

    // ---- front door ---------------------------------------------------------------------------------------

    private static Map<String, Object> distribution() {
        return map(props("WebDistribution").get("DistributionConfig"));
    }

    private static Map<String, Map<String, Object>> behaviours() {
        Map<String, Map<String, Object>> byPattern = new LinkedHashMap<>();
        list(distribution().get("CacheBehaviors")).forEach(b -> byPattern.put(String.valueOf(map(b).get("PathPattern")),
                map(b)));
        byPattern.put("default", map(distribution().get("DefaultCacheBehavior")));
        return byPattern;
    }

    @Test
    void everyBehaviour_isHttpsOnly_compressed_andSendsTheSecurityHeaders() {
        behaviours().forEach((pattern, b) -> {
            assertThat(b.get("ViewerProtocolPolicy")).as(pattern).isIn("https-only", "redirect-to-https");
            assertThat(b).as(pattern).containsEntry("Compress", true)
                    .containsEntry("ResponseHeadersPolicyId", Map.of("Ref", "WebSecurityHeadersPolicy"));
        });
    }

    @Test
    void onlyTheJwksAndTheTemplate_areCachedAtTheEdge_forFiveMinutes() {
        Map<String, Map<String, Object>> api = new LinkedHashMap<>();
        behaviours().forEach((pattern, b) -> {
            if ("GateApi".equals(b.get("TargetOriginId"))) {
                api.put(pattern, b);
            }
        });
        assertThat(api.keySet()).containsExactly("/v1/qr/keys", "/v1/checklist/template", "/v1/*");
        Map<String, Object> rest = api.get("/v1/*");
        assertThat(rest).containsEntry("CachePolicyId", CACHING_DISABLED)
                .containsEntry("OriginRequestPolicyId", ALL_VIEWER_EXCEPT_HOST);
        assertThat(list(rest.get("AllowedMethods"))).contains("POST", "PATCH", "PUT", "DELETE", "OPTIONS");
        for (String cached : List.of("/v1/qr/keys", "/v1/checklist/template")) {
            Map<String, Object> b = api.get(cached);
            assertThat(b.get("AllowedMethods")).as(cached).isEqualTo(List.of("GET", "HEAD"));
            String policy = String.valueOf(map(b.get("CachePolicyId")).get("Ref"));
            Map<String, Object> config = map(props(policy).get("CachePolicyConfig"));
            assertThat(config).as(cached).containsEntry("DefaultTTL", 300).containsEntry("MaxTTL", 300);
        }
        // the template is per site: a cached reply must only ever go back to the same Authorization
        Map<String, Object> perCaller = map(props("ApiPerCallerCachePolicy").get("CachePolicyConfig"));
        assertThat(map(map(perCaller.get("ParametersInCacheKeyAndForwardedToOrigin")).get("HeadersConfig")))
                .containsEntry("Headers", List.of("Authorization"));
        assertThat(String.valueOf(map(api.get("/v1/checklist/template").get("CachePolicyId")).get("Ref")))
                .isEqualTo("ApiPerCallerCachePolicy");
    }

    @Test
    void theApiOrigin_isTheStage_andCarriesTheApiKeyItself() {
        Map<String, Object> origin = list(distribution().get("Origins")).stream().map(ProductionTemplateTest::map)
                .filter(o -> "GateApi".equals(o.get("Id"))).findFirst().orElseThrow();
        assertThat(origin.get("OriginPath")).isEqualTo(Map.of("Fn::Sub", "/${Stage}"));
        assertThat(map(origin.get("CustomOriginConfig"))).containsEntry("OriginProtocolPolicy", "https-only");
        Map<String, Object> header = map(list(origin.get("OriginCustomHeaders")).get(0));
        assertThat(header).containsEntry("HeaderName", "x-api-key");
        // the very value the API key has
        assertThat(header.get("HeaderValue")).isEqualTo(props("GateApiApiKey").get("Value"));
        Map<String, Object> web = list(distribution().get("Origins")).stream().map(ProductionTemplateTest::map)
                .filter(o -> "WebBucket".equals(o.get("Id"))).findFirst().orElseThrow();
        assertThat(web.get("OriginAccessControlId"))
                .isEqualTo(Map.of("Fn::GetAtt", List.of("WebOriginAccessControl", "Id")));
    }

    @Test
    void staticFiles_hashedAssetsImmutable_shellsNeverCached_restADay() {
        Map<String, Map<String, Object>> b = behaviours();
        for (String assets : List.of("/assets/*", "/admin/assets/*")) {
            assertThat(b.get(assets).get("CachePolicyId")).as(assets).isEqualTo(Map.of("Ref", "WebImmutableCachePolicy"));
        }
        assertThat(map(props("WebImmutableCachePolicy").get("CachePolicyConfig"))).containsEntry("MinTTL", 31536000);
        for (String shell : List.of("/index.html", "/sw.js", "/manifest.webmanifest", "/admin/index.html",
                "/admin/sw.js", "/admin/manifest.webmanifest")) {
            assertThat(b.get(shell)).as(shell).isNotNull().containsEntry("CachePolicyId", CACHING_DISABLED);
        }
        assertThat(map(props("WebStaticCachePolicy").get("CachePolicyConfig"))).containsEntry("DefaultTTL", 86400)
                .containsEntry("MaxTTL", 86400);
        assertThat(b.get("default").get("CachePolicyId")).isEqualTo(Map.of("Ref", "WebStaticCachePolicy"));
    }

    @Test
    void theSecurityHeaders_coverCspHstsFramingReferrerAndPermissions() {
        Map<String, Object> config = map(props("WebSecurityHeadersPolicy").get("ResponseHeadersPolicyConfig"));
        Map<String, Object> security = map(config.get("SecurityHeadersConfig"));
        String csp = String.valueOf(map(security.get("ContentSecurityPolicy")).get("ContentSecurityPolicy"));
        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat((Integer) map(security.get("StrictTransportSecurity")).get("AccessControlMaxAgeSec"))
                .isGreaterThanOrEqualTo(31536000);
        assertThat(security).containsKeys("FrameOptions", "ReferrerPolicy", "ContentTypeOptions");
        assertThat(list(map(config.get("CustomHeadersConfig")).get("Items")))
                .anySatisfy(h -> assertThat(map(h)).containsEntry("Header", "Permissions-Policy"));
    }

    @ParameterizedTest
    @CsvSource({
            "/, /index.html",
            "/index.html, /index.html",
            "/checklist, /index.html",
            "/pass/today, /index.html",
            "/assets/index-3f2a1b.js, /assets/index-3f2a1b.js",
            "/admin/, /admin/index.html",
            "/admin/review/sub-123, /admin/index.html",
            "/admin/assets/app-9c1d.css, /admin/assets/app-9c1d.css",
            "/admin/manifest.webmanifest, /admin/manifest.webmanifest",
            "/administrator, /index.html"})
    void deepLinks_getTheirAppsIndexHtml_filesPassUnchanged(String uri, String expected) throws Exception {
        JsonNode result = runViewerRequest("WebRouteFunction", uri, "203.0.113.7");
        assertThat(result.path("uri").asText()).as(uri).isEqualTo(expected);
    }

    @Test
    void slashAdmin_isRedirectedToTheAdminApp() throws Exception {
        JsonNode result = runViewerRequest("WebRouteFunction", "/admin", "203.0.113.7");
        assertThat(result.path("statusCode").asInt()).isEqualTo(301);
        assertThat(result.at("/headers/location/value").asText()).isEqualTo("/admin/");
    }

    // ---- WAF ----------------------------------------------------------------------------------------------

    @Test
    void theWebAcl_onTheStage_hasTheManagedGroups_andAPerClientLoginLimit() throws Exception {
        Map<String, Object> acl = props("ApiWebAcl");
        assertThat(acl).containsEntry("Scope", "REGIONAL");
        Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
        list(acl.get("Rules")).forEach(r -> rules.put(String.valueOf(map(r).get("Name")), map(r)));
        assertThat(rules.keySet()).contains("AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet",
                "AWSManagedRulesAmazonIpReputationList", "LoginRateLimit");
        Map<String, Object> rate = map(map(rules.get("LoginRateLimit").get("Statement")).get("RateBasedStatement"));
        assertThat(rate).containsEntry("AggregateKeyType", "FORWARDED_IP");
        String header = String.valueOf(map(rate.get("ForwardedIPConfig")).get("HeaderName"));
        String scope = JSON.writeValueAsString(rate.get("ScopeDownStatement"));
        assertThat(scope).contains("\"SearchString\":\"POST\"", "\"SearchString\":\"/v1/auth/login\"");
        // the address header is set by CloudFront on every /v1 request, whatever the viewer sent
        JsonNode request = runViewerRequest("ApiViewerAddressFunction", "/v1/auth/login", "198.51.100.23");
        assertThat(request.at("/headers/" + header + "/value").asText()).isEqualTo("198.51.100.23");
        assertThat(behaviours().get("/v1/*").get("FunctionAssociations")).isEqualTo(List.of(Map.of(
                "EventType", "viewer-request",
                "FunctionARN", Map.of("Fn::GetAtt", List.of("ApiViewerAddressFunction", "FunctionARN")))));
        Map<String, Object> association = props("ApiWebAclAssociation");
        assertThat(association.get("WebACLArn")).isEqualTo(Map.of("Fn::GetAtt", List.of("ApiWebAcl", "Arn")));
        assertThat(JSON.writeValueAsString(association.get("ResourceArn"))).contains("GateApi.Stage");
    }

    // ---- Bedrock by region --------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"ap-northeast-2, apac", "ap-southeast-1, apac", "eu-central-1, eu", "us-east-1, us", "us-west-2, us"})
    void theModel_isCalledThroughTheGeographysProfile_andTheRoleNamesExactlyIt(String region, String geography) {
        String model = String.valueOf(map(template.parameters().get("BedrockModelId")).get("Default"));
        Object id = map(map(map(template.globals().get("Function")).get("Environment")).get("Variables"))
                .get("GMP_BEDROCK_MODEL_ID");
        assertThat(evaluate(id, region)).isEqualTo(geography + "." + model);

        List<Object> statements = list(map(list(props("AiFunction").get("Policies")).stream()
                .map(ProductionTemplateTest::map).filter(p -> p.containsKey("Statement")).findFirst().orElseThrow())
                .get("Statement"));
        Map<String, Map<String, Object>> bySid = new LinkedHashMap<>();
        statements.forEach(s -> bySid.put(String.valueOf(map(s).get("Sid")), map(s)));
        String profileArn = "arn:aws:bedrock:" + region + ":123456789012:inference-profile/" + geography + "." + model;
        assertThat(evaluate(bySid.get("InvokeVisionModel").get("Resource"), region)).isEqualTo(profileArn);
        Map<String, Object> routed = bySid.get("InvokeVisionModelThroughProfile");
        assertThat(evaluate(routed.get("Resource"), region)).isEqualTo("arn:aws:bedrock:*::foundation-model/" + model);
        assertThat(evaluate(map(map(routed.get("Condition")).get("StringEquals")).get("bedrock:InferenceProfileArn"),
                region)).isEqualTo(profileArn);
    }

    /** Sub (both forms), FindInMap, Select, Split and Ref of Region/Partition/AccountId and parameter defaults. */
    private static Object evaluate(Object node, String region) {
        if (node instanceof String s) {
            return s;
        }
        Map<String, Object> fn = map(node);
        String key = fn.keySet().iterator().next();
        Object arg = fn.get(key);
        switch (key) {
            case "Ref":
                return switch (String.valueOf(arg)) {
                    case "AWS::Region" -> region;
                    case "AWS::Partition" -> "aws";
                    case "AWS::AccountId" -> "123456789012";
                    default -> String.valueOf(map(template.parameters().get(arg)).get("Default"));
                };
            case "Fn::Select": {
                List<Object> a = list(arg);
                return list(evaluate(a.get(1), region)).get((Integer) a.get(0));
            }
            case "Fn::Split": {
                List<Object> a = list(arg);
                return List.of(((String) evaluate(a.get(1), region)).split(java.util.regex.Pattern.quote((String) a.get(0))));
            }
            case "Fn::FindInMap": {
                List<Object> a = list(arg);
                Map<String, Object> mapping = map(map(template.tree().get("Mappings")).get(evaluate(a.get(0), region)));
                return map(mapping.get(evaluate(a.get(1), region))).get(evaluate(a.get(2), region));
            }
            case "Fn::Sub": {
                String text;
                Map<String, Object> vars = new LinkedHashMap<>();
                if (arg instanceof String s) {
                    text = s;
                } else {
                    text = (String) list(arg).get(0);
                    map(list(arg).get(1)).forEach((k, v) -> vars.put(k, evaluate(v, region)));
                }
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([^}]+)}").matcher(text);
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    String name = m.group(1);
                    Object value = vars.containsKey(name) ? vars.get(name) : evaluate(Map.of("Ref", name), region);
                    m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(String.valueOf(value)));
                }
                m.appendTail(out);
                return out.toString();
            }
            default:
                throw new AssertionError("not evaluated here: " + key);
        }
    }

    // ---- CloudFront functions, run in Node ----------------------------------------------------------------

    private static JsonNode runViewerRequest(String functionId, String uri, String viewerIp) throws Exception {
        String code = String.valueOf(props(functionId).get("FunctionCode"));
        String event = JSON.writeValueAsString(Map.of("version", "1.0",
                "viewer", Map.of("ip", viewerIp),
                "request", Map.of("method", "GET", "uri", uri, "querystring", Map.of(),
                        "headers", Map.of("x-gmp-viewer-ip", Map.of("value", "10.0.0.1")), "cookies", Map.of())));
        Path script = Files.createTempFile("cf-function", ".js");
        try {
            Files.writeString(script, code + "\nprocess.stdout.write(JSON.stringify(handler(" + event + ")));\n");
            Process node = new ProcessBuilder("node", script.toString()).redirectErrorStream(true).start();
            assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
            String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(node.exitValue()).as(out).isZero();
            return JSON.readTree(out);
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
