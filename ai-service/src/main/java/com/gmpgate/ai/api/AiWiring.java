package com.gmpgate.ai.api;

import com.gmpgate.ai.AiEnvironment;
import com.gmpgate.ai.application.AiSettings;
import com.gmpgate.ai.application.AnalysisService;
import com.gmpgate.ai.application.ManualWoundAssessor;
import com.gmpgate.ai.application.UploadService;
import com.gmpgate.ai.image.ImagePolicy;
import com.gmpgate.ai.image.ImagePreparer;
import com.gmpgate.api.CorsPolicy;
import com.gmpgate.api.Env;
import com.gmpgate.bedrock.BedrockPriming;
import com.gmpgate.bedrock.BedrockSettings;
import com.gmpgate.bedrock.BedrockWoundAssessor;
import com.gmpgate.dynamodb.DynamoDbAnalysisStore;
import com.gmpgate.dynamodb.DynamoDbClients;
import com.gmpgate.dynamodb.DynamoDbQuotaStore;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.port.ImageStore;
import com.gmpgate.port.WoundAssessor;
import com.gmpgate.s3.S3Clients;
import com.gmpgate.s3.S3ImageStore;
import com.gmpgate.s3.S3Settings;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * Builds AiFunction's collaborators from its environment, once per execution environment. Every missing or
 * malformed variable fails here, at start, with its name.
 */
record AiWiring(UploadService uploads, AnalysisService analyses, Clock clock, CorsPolicy cors) {

    static AiWiring from(Env env) {
        Clock clock = Clock.systemUTC();
        AiSettings settings = settings(env);
        DynamoDbSettings dynamoDb = DynamoDbSettings.of(env.variables());
        var dynamoDbClient = DynamoDbClients.create(dynamoDb);
        // an analysis is health data: it expires after its site's answer retention
        var analysisStore = new DynamoDbAnalysisStore(dynamoDbClient, dynamoDb.require(AiEnvironment.ANALYSES_TABLE),
                settings.siteZone(), dynamoDb.retention());
        var quotas = new DynamoDbQuotaStore(dynamoDbClient, dynamoDb.require(AiEnvironment.QUOTAS_TABLE));
        S3Settings s3 = S3Settings.of(env.variables());
        ImageStore images = S3ImageStore.create(S3Clients.create(s3), s3);
        return new AiWiring(
                new UploadService(images, quotas, settings, clock, UUID::randomUUID),
                new AnalysisService(analysisStore, images, new ImagePreparer(ImagePolicy.DEFAULT),
                        ImagePolicy.DEFAULT.maxBytes(), assessor(env), settings, clock, UUID::randomUUID),
                clock,
                CorsPolicy.from(env));
    }

    static WoundAssessor assessor(Env env) {
        String provider = env.required(AiEnvironment.PROVIDER);
        boolean local = env.optional(AiEnvironment.DATA_DIR).isPresent()
                && env.optional(AiEnvironment.BEDROCK_ENDPOINT).isEmpty();
        return switch (provider) {
            case ManualWoundAssessor.PROVIDER -> new ManualWoundAssessor();
            case BedrockWoundAssessor.PROVIDER -> local ? new ManualWoundAssessor()
                    : BedrockWoundAssessor.create(BedrockSettings.of(env.variables()));
            default -> throw new IllegalStateException("environment variable " + AiEnvironment.PROVIDER
                    + " must be bedrock or manual, not " + provider);
        };
    }

    /** SnapStart priming of the model's client, where the function asks the model ({@link BedrockPriming}). */
    static void primeAssessor(Map<String, String> environment) {
        if (assessor(Env.of(environment)) instanceof BedrockWoundAssessor) {
            BedrockPriming.prime(environment);
        }
    }

    static AiSettings settings(Env env) {
        return new AiSettings(
                (int) number(env, AiEnvironment.DAILY_LIMIT, AiSettings.DEFAULT.dailyLimit()),
                (int) number(env, AiEnvironment.DAILY_UPLOAD_LIMIT, AiSettings.DEFAULT.dailyUploadLimit()),
                decimal(env, AiEnvironment.CONFIDENCE_THRESHOLD, AiSettings.DEFAULT.confidenceThreshold()),
                env.optional(AiEnvironment.SITE_TIME_ZONE).map(ZoneId::of).orElse(AiSettings.DEFAULT.siteZone()),
                Duration.ofSeconds(number(env, AiEnvironment.UPLOAD_URL_TTL_SECONDS,
                        AiSettings.DEFAULT.uploadUrlTtl().toSeconds())),
                Duration.ofSeconds(number(env, AiEnvironment.REVIEW_URL_TTL_SECONDS,
                        AiSettings.DEFAULT.reviewUrlTtl().toSeconds())));
    }

    private static long number(Env env, String name, long fallback) {
        try {
            return env.optional(name).map(v -> Long.parseLong(v.trim())).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("environment variable " + name + " is not a whole number");
        }
    }

    private static double decimal(Env env, String name, double fallback) {
        try {
            return env.optional(name).map(v -> Double.parseDouble(v.trim())).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("environment variable " + name + " is not a number");
        }
    }
}
