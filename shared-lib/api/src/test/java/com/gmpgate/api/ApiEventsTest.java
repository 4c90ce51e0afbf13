package com.gmpgate.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.fakes.RestEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiEventsTest {

    @Test
    void read_takesTheRealRestEventAsItIs_withNullPathParametersAndCaseInsensitiveHeaders() throws IOException {
        byte[] fixture = RestEvent.fixture(RestEvent.REST_FIXTURE).bytes();

        ApiRequest request = ApiEvents.read(new ByteArrayInputStream(fixture), "fallback");

        assertThat(request.httpMethod()).isEqualTo("GET");
        assertThat(request.resource()).isEqualTo("/my/path");
        assertThat(request.path()).isEqualTo("/my/path");
        assertThat(request.pathParameters()).isEmpty();
        assertThat(request.requestId()).isEqualTo("id=");
        assertThat(request.header("header1")).contains("value1");
        assertThat(request.header("HEADER3")).contains("value1,value2");
        assertThat(request.queryAll("parameter2")).containsExactly("value1", "value2");
        assertThat(request.query("parameter1")).contains("value1");
        assertThat(request.body()).contains("Hello from Lambda!");
        assertThat(request.authorizer()).isEmpty(); // the fixture's Cognito claims are null
    }

    @Test
    void read_decodesBase64Bodies_asSamCliSendsThem() throws IOException {
        byte[] fixture = RestEvent.fixture(RestEvent.SAM_PROXY_FIXTURE).bytes();

        ApiRequest request = ApiEvents.read(new ByteArrayInputStream(fixture), "fallback");

        assertThat(request.resource()).isEqualTo("/{proxy+}");
        assertThat(request.pathParameters()).containsEntry("proxy", "/path/to/resource");
        assertThat(new String(request.bodyBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"test\":\"body\"}");
        assertThat(request.requestId()).isEqualTo("c6af9ac6-7b61-11e6-9a41-93e8deadbeef");
    }

    @Test
    void read_flattensTheLambdaAuthorizerContext_intoText() throws IOException {
        byte[] event = RestEvent.get("/v1/auth/me").caller("u-1", "WORKER", "site-1").bytes();

        ApiRequest request = ApiEvents.read(new ByteArrayInputStream(event), "fallback");

        assertThat(request.authorizer())
                .containsEntry("userId", "u-1").containsEntry("role", "WORKER").containsEntry("siteId", "site-1")
                .containsEntry("integrationLatency", "42");
    }

    @Test
    void read_usesTheFallbackRequestId_whenTheEventHasNone() throws IOException {
        RestEvent event = RestEvent.get("/v1/auth/me");
        ((com.fasterxml.jackson.databind.node.ObjectNode) event.node().get("requestContext")).remove("requestId");

        assertThat(ApiEvents.read(new ByteArrayInputStream(event.bytes()), "from-context").requestId())
                .isEqualTo("from-context");
    }

    @Test
    void write_producesTheProxyResponseShape_withKoreanTextIntact() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ApiEvents.write(ApiResponse.ok(Map.of("displayName", "김위생")), out);

        JsonNode written = Json.mapper().readTree(out.toByteArray());
        assertThat(written.get("statusCode").asInt()).isEqualTo(200);
        assertThat(written.get("headers").get("Content-Type").asText()).isEqualTo("application/json; charset=utf-8");
        assertThat(written.get("isBase64Encoded").asBoolean()).isFalse();
        assertThat(Json.mapper().readTree(written.get("body").asText()).get("displayName").asText())
                .isEqualTo("김위생");
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).contains("김위생");
    }

    @Test
    void binaryReplies_areBase64EncodedForTheGateway() {
        ApiResponse png = ApiResponse.binary(200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        assertThat(png.isBase64Encoded()).isTrue();
        assertThat(png.body()).isEqualTo("iVBORw==");
        assertThat(List.of(png.headers().get("Content-Type"))).containsExactly("image/png");
    }
}
