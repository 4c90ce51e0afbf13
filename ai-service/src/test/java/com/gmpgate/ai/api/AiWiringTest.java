package com.gmpgate.ai.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.ai.AiEnvironment;
import com.gmpgate.ai.application.AiSettings;
import com.gmpgate.ai.application.ManualWoundAssessor;
import com.gmpgate.api.Env;
import com.gmpgate.bedrock.BedrockWoundAssessor;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The provider, timeouts and limits come from configuration; a wrong value fails the cold start with its name. */
class AiWiringTest {

    static Env env(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Env.of(map);
    }

    @Test
    void manual_isManual() {
        assertThat(AiWiring.assessor(env(AiEnvironment.PROVIDER, "manual")).provider()).isEqualTo("manual");
    }

    @Test
    void bedrock_buildsTheBedrockAssessor_withTheConfiguredModel() {
        var assessor = AiWiring.assessor(env(AiEnvironment.PROVIDER, "bedrock", AiEnvironment.MODEL_ID, "m-1",
                "AWS_REGION", "us-east-1"));
        assertThat(assessor).isInstanceOfSatisfying(BedrockWoundAssessor.class,
                b -> assertThat(b.modelId()).isEqualTo("m-1"));
    }

    @Test
    void locally_withoutABedrockEndpoint_theProviderIsManual_evenWhenTheTemplateSaysBedrock() {
        assertThat(AiWiring.assessor(env(AiEnvironment.PROVIDER, "bedrock", AiEnvironment.DATA_DIR, ".local-data")))
                .isInstanceOf(ManualWoundAssessor.class);
        assertThat(AiWiring.assessor(env(AiEnvironment.PROVIDER, "bedrock", AiEnvironment.DATA_DIR, ".local-data",
                AiEnvironment.MODEL_ID, "m-1", AiEnvironment.BEDROCK_ENDPOINT, "http://127.0.0.1:9")))
                .isInstanceOf(BedrockWoundAssessor.class);
    }

    @Test
    void aMissingOrUnknownProvider_orAMissingModel_failsWithTheVariablesName() {
        assertThatThrownBy(() -> AiWiring.assessor(env())).hasMessageContaining(AiEnvironment.PROVIDER);
        assertThatThrownBy(() -> AiWiring.assessor(env(AiEnvironment.PROVIDER, "openai")))
                .hasMessageContaining(AiEnvironment.PROVIDER);
        assertThatThrownBy(() -> AiWiring.assessor(env(AiEnvironment.PROVIDER, "bedrock", "AWS_REGION", "us-east-1")))
                .hasMessageContaining(AiEnvironment.MODEL_ID);
        assertThatThrownBy(() -> AiWiring.assessor(env(AiEnvironment.PROVIDER, "bedrock", AiEnvironment.MODEL_ID, "m",
                "AWS_REGION", "us-east-1", AiEnvironment.BEDROCK_TIMEOUT_MS, "60000")))
                .hasMessageContaining(AiEnvironment.BEDROCK_TIMEOUT_MS);
    }

    @Test
    void settings_haveTheDesignDefaults_andReadEveryVariable() {
        assertThat(AiWiring.settings(env())).isEqualTo(AiSettings.DEFAULT);
        AiSettings set = AiWiring.settings(env(AiEnvironment.DAILY_LIMIT, "5", AiEnvironment.CONFIDENCE_THRESHOLD,
                "0.8", AiEnvironment.SITE_TIME_ZONE, "America/Chicago", AiEnvironment.UPLOAD_URL_TTL_SECONDS, "120",
                AiEnvironment.REVIEW_URL_TTL_SECONDS, "600", AiEnvironment.DAILY_UPLOAD_LIMIT, "7"));
        assertThat(set).isEqualTo(new AiSettings(5, 7, 0.8, ZoneId.of("America/Chicago"), Duration.ofSeconds(120),
                Duration.ofSeconds(600)));
    }

    @Test
    void malformedSettings_failWithTheVariablesName() {
        assertThatThrownBy(() -> AiWiring.settings(env(AiEnvironment.DAILY_LIMIT, "many")))
                .hasMessageContaining(AiEnvironment.DAILY_LIMIT);
        assertThatThrownBy(() -> AiWiring.settings(env(AiEnvironment.CONFIDENCE_THRESHOLD, "high")))
                .hasMessageContaining(AiEnvironment.CONFIDENCE_THRESHOLD);
        assertThatThrownBy(() -> AiWiring.settings(env(AiEnvironment.CONFIDENCE_THRESHOLD, "1.5")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
