package com.gmpgate.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SAM transform (aws-sam-translator, what {@code sam deploy} and CloudFormation run) accepts the template. */
class SamTransformTest {

    @Test
    void samTransform_expandsEverySamResource() {
        JsonNode transformed = AwsTools.samTransform();
        List<String> serverless = new ArrayList<>();
        transformed.get("Resources").fields().forEachRemaining(e -> {
            if (e.getValue().path("Type").asText().startsWith("AWS::Serverless::")) {
                serverless.add(e.getKey());
            }
        });
        assertThat(serverless).isEmpty();
        assertThat(transformed.get("Resources").fieldNames()).toIterable()
                .contains("GateApi", "GateApiUsagePlan", "GateApiApiKey", "AuthFunction", "AuthFunctionRole");
    }
}
