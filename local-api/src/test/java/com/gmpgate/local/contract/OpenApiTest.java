package com.gmpgate.local.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.domain.checklist.AnswerErrorCode;
import com.gmpgate.domain.checklist.ChecklistItem;
import com.gmpgate.domain.checklist.ItemCategory;
import com.gmpgate.domain.checklist.ItemType;
import com.gmpgate.domain.checklist.RequiredWhen;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.GateRejection;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.verdict.CitationKind;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.domain.verdict.WoundAssessment;
import com.gmpgate.local.RepoFiles;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/openapi.yaml: a valid OpenAPI 3.1 document that says what DESIGN.md section 3 fixes. */
class OpenApiTest {

    static final Path SPEC = RepoFiles.resolve("docs/openapi.yaml");

    private static SwaggerParseResult parsed;
    private static OpenAPI api;

    @BeforeAll
    static void parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(false); // keep $ref as written; OpenApiDocument checks they resolve
        options.setValidateInternalRefs(true);
        parsed = new OpenAPIV3Parser().readLocation(SPEC.toUri().toString(), null, options);
        api = parsed.getOpenAPI();
    }

    @Test
    void parsesAsOpenApi31_withoutMessages() {
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(api).isNotNull();
        assertThat(api.getSpecVersion()).isEqualTo(SpecVersion.V31);
        assertThat(api.getOpenapi()).isEqualTo("3.1.0");
        assertThat(api.getInfo().getTitle()).isNotBlank();
        assertThat(api.getInfo().getVersion()).isNotBlank();
        assertThat(api.getServers()).extracting(s -> s.getUrl()).contains("http://localhost:3000");
    }

    @Test
    void everyRef_resolvesInsideTheDocument() {
        OpenApiDocument document = OpenApiDocument.load(SPEC);
        List<String> refs = document.refs();
        assertThat(refs).isNotEmpty();
        assertThat(document.unresolvedRefs()).isEmpty();
    }

    @Test
    void securitySchemes_areTheApiKeyHeaderAndABearerJwt() {
        SecurityScheme apiKey = api.getComponents().getSecuritySchemes().get("ApiKey");
        assertThat(apiKey.getType()).isEqualTo(SecurityScheme.Type.APIKEY);
        assertThat(apiKey.getIn()).isEqualTo(SecurityScheme.In.HEADER);
        assertThat(apiKey.getName()).isEqualTo("x-api-key");
        SecurityScheme bearer = api.getComponents().getSecuritySchemes().get("BearerAuth");
        assertThat(bearer.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(bearer.getScheme()).isEqualTo("bearer");
        assertThat(bearer.getBearerFormat()).isEqualTo("JWT");
    }

    @Test
    void globalSecurity_needsBothTheApiKeyAndTheBearerToken() {
        // one requirement object with both keys = AND; two objects would mean either one suffices
        assertThat(api.getSecurity()).singleElement()
                .satisfies(requirement -> assertThat(requirement).containsOnlyKeys("ApiKey", "BearerAuth"));
    }

    @Test
    void everyOperation_stillNeedsTheApiKey_evenWhenItDropsTheBearerToken() {
        forEachOperation((where, op) -> {
            if (op.getSecurity() != null) {
                assertThat(op.getSecurity()).as(where).isNotEmpty()
                        .allSatisfy(requirement -> assertThat(requirement).as(where).containsKey("ApiKey"));
            }
        });
    }

    @Test
    void errorSchema_isTheEnvelope() {
        Schema<?> error = schema("Error");
        assertThat(error.getRequired()).containsExactly("error");
        Schema<?> body = (Schema<?>) error.getProperties().get("error");
        assertThat(body.getRequired()).containsExactlyInAnyOrder("code", "message", "requestId");
        assertThat(body.getProperties()).containsKeys("code", "message", "requestId", "details");
        assertThat(((Schema<?>) body.getProperties().get("code")).getPattern()).isEqualTo("^[A-Z][A-Z0-9_]*$");
    }

    @Test
    void reusableErrorResponses_allReturnTheEnvelope() {
        Map<String, ApiResponse> responses = api.getComponents().getResponses();
        assertThat(responses).containsKeys("BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict",
                "TooManyRequests", "InternalError");
        responses.forEach((name, response) -> {
            var json = response.getContent().get("application/json");
            assertThat(json).as(name).isNotNull();
            assertThat(json.getSchema().get$ref()).as(name).isEqualTo("#/components/schemas/Error");
            assertThat(json.getExamples()).as(name + " examples").isNotEmpty();
        });
    }

    @Test
    void sharedSchemas_arePresent() {
        assertThat(api.getComponents().getSchemas()).containsKeys("Error", "LocalizedText", "Verdict", "Citation",
                "Reason", "Condition", "User", "Role", "ChecklistItem", "ChecklistTemplate", "WoundAssessment",
                "Pass", "GateRejectionReason", "Page");
        assertThat(schema("LocalizedText").getRequired()).containsExactlyInAnyOrder("ko", "en");
        // a worker's reason has no citation until it is verified
        assertThat(schema("Reason").getRequired()).containsExactlyInAnyOrder("ruleId", "message");
        assertThat(schema("Condition").getRequired()).containsExactlyInAnyOrder("code", "message");
        Schema<?> confidence = (Schema<?>) schema("WoundAssessment").getProperties().get("confidence");
        assertThat(confidence.getMinimum()).isZero();
        assertThat(confidence.getMaximum()).isEqualByComparingTo("1");
    }

    @Test
    void enums_equalTheDomainsEnums() {
        assertThat(enumOf(schema("Verdict"))).containsExactlyElementsOf(names(Verdict.values()));
        assertThat(enumOf(schema("GateRejectionReason"))).containsExactlyElementsOf(names(GateRejection.values()));
        assertThat(enumOf(schema("Role"))).containsExactlyElementsOf(names(Role.values()));
        assertThat(enumOf(schema("Direction"))).containsExactlyElementsOf(names(Direction.values()));
        assertThat(enumOf(property("Citation", "kind"))).containsExactlyElementsOf(names(CitationKind.values()));
        assertThat(enumOf(property("WoundAssessment", "woundType")))
                .containsExactlyElementsOf(names(WoundAssessment.WoundType.values()));
        assertThat(enumOf(property("WoundAssessment", "location")))
                .containsExactlyElementsOf(names(WoundAssessment.BodyLocation.values()));
        assertThat(enumOf(property("WoundAssessment", "severity")))
                .containsExactlyElementsOf(names(WoundAssessment.Severity.values()));
        assertThat(enumOf(property("WoundAssessment", "coverType")))
                .containsExactlyElementsOf(names(WoundAssessment.CoverType.values()));
    }

    @Test
    void checklistEnums_equalTheDomainsEnums() {
        assertThat(enumOf(property("ChecklistItem", "type"))).containsExactlyElementsOf(names(ItemType.values()));
        assertThat(enumOf(property("ChecklistItem", "category")))
                .containsExactlyElementsOf(names(ItemCategory.values()));
        String detail = schema("ErrorDetail").getDescription();
        for (AnswerErrorCode code : AnswerErrorCode.values()) {
            assertThat(detail).as("ErrorDetail lists the answer error codes").contains(code.name());
        }
    }

    @Test
    void wireSchemas_haveExactlyTheDomainRecordsFields() {
        assertThat(schema("WoundAssessment").getProperties().keySet())
                .containsExactlyInAnyOrderElementsOf(recordFields(WoundAssessment.class));
        assertThat(schema("ChecklistItem").getProperties().keySet())
                .containsExactlyInAnyOrderElementsOf(recordFields(ChecklistItem.class));
        assertThat(property("ChecklistItem", "requiredWhen").getProperties().keySet())
                .containsExactlyInAnyOrderElementsOf(recordFields(RequiredWhen.class));
    }

    private static Set<String> recordFields(Class<? extends Record> type) {
        Set<String> fields = new HashSet<>();
        for (var component : type.getRecordComponents()) {
            fields.add(component.getName());
        }
        return fields;
    }

    @Test
    void paths_areVersioned_andOperationsNamedOnce() {
        api.getPaths().keySet().forEach(path -> assertThat(path).startsWith("/v1/"));
        Set<String> declaredTags = new HashSet<>();
        api.getTags().forEach(tag -> declaredTags.add(tag.getName()));
        Set<String> operationIds = new HashSet<>();
        forEachOperation((where, op) -> {
            assertThat(op.getOperationId()).as(where + " operationId").isNotBlank();
            assertThat(operationIds.add(op.getOperationId())).as(where + " operationId unique").isTrue();
            assertThat(op.getTags()).as(where + " tags").isNotEmpty();
            assertThat(declaredTags).as(where + " tags declared").containsAll(op.getTags());
            assertThat(op.getResponses().keySet()).as(where + " has a success response")
                    .anyMatch(code -> code.startsWith("2") || code.startsWith("3"));
        });
    }

    private static Schema<?> schema(String name) {
        Schema<?> schema = api.getComponents().getSchemas().get(name);
        assertThat(schema).as("components.schemas." + name).isNotNull();
        return schema;
    }

    private static Schema<?> property(String schema, String property) {
        return (Schema<?>) schema(schema).getProperties().get(property);
    }

    private static List<String> enumOf(Schema<?> schema) {
        List<String> values = new ArrayList<>();
        schema.getEnum().forEach(v -> values.add(String.valueOf(v)));
        return values;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private interface OperationCheck {
        void check(String where, Operation operation);
    }

    private static void forEachOperation(OperationCheck check) {
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> check.check(method + " " + path, op)));
    }
}
