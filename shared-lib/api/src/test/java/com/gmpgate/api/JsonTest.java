package com.gmpgate.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.user.Role;
import com.gmpgate.fakes.RestEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    record NewUser(String loginId, String displayName, Role role, Integer shiftHours, List<String> zones)
            implements Validatable {
        @Override
        public void validate(Violations violations) {
            violations.required("loginId", loginId);
            violations.required("displayName", displayName);
            violations.length("displayName", displayName, 1, 5);
        }
    }

    private static ApiRequest post(String body) throws IOException {
        return ApiEvents.read(new ByteArrayInputStream(RestEvent.post("/v1/x").json(body).bytes()), "r");
    }

    private static ApiException refusal(String body) {
        try {
            Json.read(post(body), NewUser.class);
        } catch (ApiException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("accepted: " + body);
    }

    private static List<Object> details(ApiException e) {
        return List.copyOf(e.details());
    }

    @Test
    void read_acceptsAWellFormedBody_withKoreanText() throws IOException {
        NewUser user = Json.read(post("{\"loginId\":\"kim\",\"displayName\":\"김위생\",\"role\":\"WORKER\"}"),
                NewUser.class);

        assertThat(user.displayName()).isEqualTo("김위생");
        assertThat(user.role()).isEqualTo(Role.WORKER);
    }

    @Test
    void read_countsKoreanSyllablesAsOneCharacterEach() throws IOException {
        // five syllables, fifteen UTF-8 bytes: within max 5
        assertThat(Json.read(post("{\"loginId\":\"k\",\"displayName\":\"김위생점검\"}"), NewUser.class)).isNotNull();
        assertThat(details(refusal("{\"loginId\":\"k\",\"displayName\":\"김위생점검표\"}")))
                .containsExactly(new FieldProblem("displayName", "TOO_LONG",
                        "displayName must have at most 5 characters."));
    }

    @Test
    void read_refusesUnknownFields_namingThem() {
        ApiException e = refusal("{\"loginId\":\"k\",\"displayName\":\"n\",\"isAdmin\":true}");

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(details(e)).containsExactly(new FieldProblem("isAdmin", "UNKNOWN_FIELD", "Unknown field isAdmin."));
    }

    @Test
    void read_refusesWrongTypes_namingTheField() {
        assertThat(refusal("{\"loginId\":123,\"displayName\":\"n\"}").details())
                .extracting("field", "code").containsExactly(org.assertj.core.groups.Tuple.tuple("loginId", "WRONG_TYPE"));
        assertThat(refusal("{\"loginId\":\"k\",\"displayName\":\"n\",\"shiftHours\":\"8\"}").details())
                .extracting("field").containsExactly("shiftHours");
        assertThat(refusal("{\"loginId\":\"k\",\"displayName\":\"n\",\"role\":\"ROOT\"}").details())
                .extracting("field", "message").containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "role", "Field role must be one of WORKER ADMIN GATE."));
        assertThat(refusal("{\"loginId\":\"k\",\"displayName\":\"n\",\"zones\":[1]}").details())
                .extracting("field").containsExactly("zones[0]");
        assertThat(refusal("{\"loginId\":\"k\",\"displayName\":\"n\",\"role\":0}").details())
                .extracting("field").containsExactly("role");
    }

    @Test
    void read_listsEveryMissingField() {
        assertThat(refusal("{}").details()).extracting("field", "code").containsExactly(
                org.assertj.core.groups.Tuple.tuple("loginId", "REQUIRED"),
                org.assertj.core.groups.Tuple.tuple("displayName", "REQUIRED"));
    }

    @Test
    void read_refusesMalformedJsonDuplicatesAndTrailingContent() {
        assertThat(refusal("{\"loginId\":").code()).isEqualTo("MALFORMED_JSON");
        assertThat(refusal("{\"loginId\":\"a\",\"loginId\":\"b\",\"displayName\":\"n\"}").code())
                .isEqualTo("MALFORMED_JSON");
        assertThat(refusal("{\"loginId\":\"a\",\"displayName\":\"n\"} {}").status()).isEqualTo(400);
        assertThat(refusal("[]").code()).isEqualTo("VALIDATION_FAILED");
        assertThat(refusal("null").code()).isEqualTo("BODY_REQUIRED");
        assertThat(refusal("  ").code()).isEqualTo("BODY_REQUIRED");
    }

    @Test
    void read_refusesOversizedBodies_beforeParsing() {
        String big = "{\"loginId\":\"" + "a".repeat(Json.DEFAULT_MAX_BODY_BYTES) + "\"}";

        ApiException e = refusal(big);

        assertThat(e.status()).isEqualTo(413);
        assertThat(e.code()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void read_refusesOtherMediaTypes() throws IOException {
        ApiRequest form = ApiEvents.read(new ByteArrayInputStream(RestEvent.post("/v1/x").json("{}")
                .header("Content-Type", "application/x-www-form-urlencoded").bytes()), "r");
        ApiRequest latin1 = ApiEvents.read(new ByteArrayInputStream(RestEvent.post("/v1/x").json("{}")
                .header("Content-Type", "application/json; charset=ISO-8859-1").bytes()), "r");

        assertThatThrownBy(() -> Json.read(form, NewUser.class)).extracting("status").isEqualTo(415);
        assertThatThrownBy(() -> Json.read(latin1, NewUser.class)).extracting("status").isEqualTo(415);
    }

    @Test
    void read_takesBase64EncodedUtf8Bodies() throws IOException {
        byte[] body = "{\"loginId\":\"kim\",\"displayName\":\"김위생\"}".getBytes(StandardCharsets.UTF_8);
        ApiRequest request = ApiEvents.read(new ByteArrayInputStream(
                RestEvent.post("/v1/x").base64Body(body, "application/json; charset=UTF-8").bytes()), "r");

        assertThat(Json.read(request, NewUser.class).displayName()).isEqualTo("김위생");
    }
}
