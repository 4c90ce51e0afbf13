package com.gmpgate.local.sam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.local.RepoFiles;
import com.gmpgate.template.CfnTemplate;
import com.gmpgate.template.CfnYamlReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamApplicationTest {

    private static SamApplication load(String yaml, Map<String, String> parameters) {
        return SamApplication.of(new CfnTemplate(CfnYamlReader.parse(yaml, "test.yaml")), parameters,
                LocalResources.standard(), "stack");
    }

    private static final String BASE = """
            Parameters:
              Stage: { Type: String, Default: dev, AllowedValues: [dev, prod] }
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
            Globals:
              Function:
                Timeout: 15
                Environment:
                  Variables:
                    STAGE: !Ref Stage
                    SIZE: !If [IsProd, 200, 50]
              Api:
                Auth:
                  ApiKeyRequired: true
            Resources:
              Things:
                Type: AWS::DynamoDB::Table
              Photos:
                Type: AWS::S3::Bucket
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: !Ref Stage
                  Auth:
                    DefaultAuthorizer: Jwt
                    Authorizers:
                      Jwt:
                        FunctionArn: !GetAtt AuthFn.Arn
              AuthFn:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: a.Authorizer::handleRequest
              ThingFn:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: a.Things
                  MemorySize: 256
                  Environment:
                    Variables:
                      TABLE: !Ref Things
                      BUCKET: !Ref Photos
                      TABLE_ARN: !GetAtt Things.Arn
                      LITERAL: !Sub '${!NotAVariable}-${AWS::AccountId}-${Photos.Arn}'
                  Events:
                    Get:
                      Type: Api
                      Properties: { RestApiId: !Ref Api, Path: '/v1/things/{id}', Method: GET }
                    Open:
                      Type: Api
                      Properties:
                        RestApiId: !Ref Api
                        Path: /v1/open
                        Method: post
                        Auth: { Authorizer: NONE, ApiKeyRequired: false }
                    Changed:
                      Type: EventBridgeRule
                      Properties:
                        Pattern: { source: [gmp.checklist], detail-type: [SubmissionJudged] }
            """;

    @Test
    void globalsMerge_intoEachFunction_andIntrinsicsResolveLocally() {
        SamApplication app = load(BASE, Map.of());
        SamFunction things = app.function("ThingFn");

        assertThat(things.timeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(things.memoryMb()).isEqualTo(256);
        assertThat(things.handlerClass()).isEqualTo("a.Things");
        assertThat(things.handlerMethod()).isEqualTo("handleRequest");
        assertThat(things.environment()).containsEntry("STAGE", "dev").containsEntry("SIZE", "50")
                .containsEntry("TABLE", "Things").containsEntry("BUCKET", "photos")
                .containsEntry("TABLE_ARN", "arn:aws:dynamodb:us-east-1:000000000000:table/Things")
                .containsEntry("LITERAL", "${NotAVariable}-000000000000-arn:aws:s3:::photos");
        assertThat(load(BASE, Map.of("Stage", "prod")).function("ThingFn").environment()).containsEntry("SIZE", "200");
    }

    @Test
    void routes_carryTheirApiKeyAndAuthorizer_fromTheApiAndTheEvent() {
        SamApplication app = load(BASE, Map.of());
        assertThat(app.routes()).containsExactly(
                new ApiRoute("Api", "ThingFn", "Get", "GET", "/v1/things/{id}", true, Optional.of("Jwt")),
                new ApiRoute("Api", "ThingFn", "Open", "POST", "/v1/open", false, Optional.empty()));
        AuthorizerSpec jwt = app.apis().get("Api").authorizers().get("Jwt");
        assertThat(jwt.functionId()).isEqualTo("AuthFn");
        assertThat(jwt.request()).as("SAM's default payload type is TOKEN").isFalse();
        assertThat(jwt.identityHeaders()).containsExactly("Authorization");
        assertThat(jwt.ttl()).isEqualTo(Duration.ofSeconds(300));
        assertThat(app.apis().get("Api").stageName()).isEqualTo("dev");
        assertThat(app.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.functionId()).isEqualTo("ThingFn");
            assertThat(rule.eventBusName()).isEqualTo("default");
            assertThat(rule.pattern()).containsKey("detail-type");
        });
    }

    @Test
    void dynamicReferencesToSecrets_resolveToALocalValue_keptAcrossRestarts(@TempDir Path dataDir) {
        String yaml = BASE.replace("""
                  Photos:
                    Type: AWS::S3::Bucket
                """, """
                  Photos:
                    Type: AWS::S3::Bucket
                  CursorKey:
                    Type: AWS::SecretsManager::Secret
                    Properties:
                      GenerateSecretString: { PasswordLength: 48, ExcludePunctuation: true }
                  Keys:
                    Type: AWS::SecretsManager::Secret
                    Properties:
                      SecretString: '{"keys":[]}'
                """).replace("BUCKET: !Ref Photos", "BUCKET: !Ref Photos\n"
                + "          CURSOR: !Sub '{{resolve:secretsmanager:${CursorKey}}}'\n"
                + "          KEYS: '{{resolve:secretsmanager:Keys}}'");
        CfnTemplate template = new CfnTemplate(CfnYamlReader.parse(yaml, "test.yaml"));
        Map<String, String> first = SamApplication.of(template, Map.of(), LocalResources.standard(), "stack",
                new LocalSecrets(template, dataDir)).function("ThingFn").environment();
        Map<String, String> again = SamApplication.of(template, Map.of(), LocalResources.standard(), "stack",
                new LocalSecrets(template, dataDir)).function("ThingFn").environment();

        assertThat(first.get("CURSOR")).matches("[A-Za-z0-9]{48}");
        assertThat(again.get("CURSOR")).as("kept in the data dir").isEqualTo(first.get("CURSOR"));
        assertThat(first.get("KEYS")).isEqualTo("{\"keys\":[]}");
        CfnTemplate withSsm = new CfnTemplate(CfnYamlReader.parse(
                BASE.replace("BUCKET: !Ref Photos", "BUCKET: '{{resolve:ssm:/x}}'"), "test.yaml"));
        assertThatThrownBy(() -> SamApplication.of(withSsm, Map.of(), LocalResources.standard(), "stack",
                new LocalSecrets(withSsm, dataDir))).hasMessageContaining("{{resolve:ssm:/x}}");
    }

    @Test
    void aRouteDeclaredTwice_isRefused() {
        String twice = BASE + """
                  OtherFn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.Other
                      Events:
                        Get:
                          Type: Api
                          Properties: { RestApiId: !Ref Api, Path: '/v1/things/{id}', Method: get }
                """;
        assertThatThrownBy(() -> load(twice, Map.of())).hasMessageContaining("GET /v1/things/{id} is declared twice");
    }

    @Test
    void aParameterOverride_mustBeAnAllowedValue_ofADeclaredParameter() {
        assertThatThrownBy(() -> load(BASE, Map.of("Stage", "qa"))).hasMessageContaining("not one of");
        assertThatThrownBy(() -> load(BASE, Map.of("Nope", "x"))).hasMessageContaining("no such parameter");
    }

    @Test
    void anIntrinsicTheRuntimeCannotEvaluate_failsNamingWhere() {
        String yaml = BASE.replace("TABLE: !Ref Things", "TABLE: !ImportValue shared-table");
        assertThatThrownBy(() -> load(yaml, Map.of())).hasMessageContaining("Fn::ImportValue")
                .hasMessageContaining("ThingFn");
    }

    @Test
    void theRepositoryTemplate_isSomethingTheLocalRuntimeCanRun(@TempDir Path dataDir) {
        CfnTemplate template = CfnTemplate.load(RepoFiles.resolve("template.yaml"));
        SamApplication app = SamApplication.of(template, Map.of(), LocalResources.standard(), "stack",
                new LocalSecrets(template, dataDir));
        app.functions().values().forEach(f -> assertThat(f.environment().values())
                .as(f.logicalId()).noneMatch(v -> v.contains("{{resolve:") || v.contains("Fn::")));
        app.routes().forEach(route -> assertThat(app.functions()).containsKey(route.functionId()));
        assertThat(app.apis()).containsKey("GateApi");
        assertThat(app.apis().get("GateApi").apiKeyRequired()).isTrue();
        assertThat(app.apis().get("GateApi").gatewayResponses()).containsKeys("INVALID_API_KEY", "UNAUTHORIZED",
                "MISSING_AUTHENTICATION_TOKEN", "REQUEST_TOO_LARGE", "DEFAULT_5XX");
        assertThat(app.apis().get("GateApi").gatewayResponses().get("UNAUTHORIZED").headers())
                .containsEntry("WWW-Authenticate", "Bearer");
    }
}
