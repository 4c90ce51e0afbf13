package com.gmpgate.ai;

import com.gmpgate.api.Env;
import com.gmpgate.bedrock.BedrockSettings;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.s3.S3Settings;

/** Every environment variable ai-service reads, in one place. template.yaml sets them; local-api too. */
public final class AiEnvironment {

    /** {@code bedrock} or {@code manual}. */
    public static final String PROVIDER = "GMP_AI_PROVIDER";
    /** Analyses one worker may start per site day (default 20). */
    public static final String DAILY_LIMIT = "GMP_AI_DAILY_LIMIT";
    /** Upload grants one worker may get per site day (default 30). */
    public static final String DAILY_UPLOAD_LIMIT = "GMP_AI_DAILY_UPLOAD_LIMIT";
    /** Below it a valid assessment still goes to a supervisor (default 0.7). */
    public static final String CONFIDENCE_THRESHOLD = "GMP_AI_CONFIDENCE_THRESHOLD";
    /** Lifetime of the presigned upload PUT, seconds (default 300). */
    public static final String UPLOAD_URL_TTL_SECONDS = "GMP_UPLOAD_URL_TTL_SECONDS";
    /** Lifetime of an admin's presigned GET of a photo, seconds (default 300). */
    public static final String REVIEW_URL_TTL_SECONDS = "GMP_REVIEW_URL_TTL_SECONDS";

    public static final String MODEL_ID = BedrockSettings.MODEL_ID;
    public static final String BEDROCK_ENDPOINT = BedrockSettings.ENDPOINT;
    public static final String BEDROCK_TIMEOUT_MS = BedrockSettings.CALL_TIMEOUT_MS;
    public static final String BEDROCK_ATTEMPT_TIMEOUT_MS = BedrockSettings.ATTEMPT_TIMEOUT_MS;
    public static final String BEDROCK_MAX_ATTEMPTS = BedrockSettings.MAX_ATTEMPTS;
    public static final String ANALYSES_TABLE = DynamoDbSettings.ANALYSES_TABLE;
    /** The per-worker daily upload counters. */
    public static final String QUOTAS_TABLE = DynamoDbSettings.QUOTAS_TABLE;
    public static final String SITE_TIME_ZONE = DynamoDbSettings.SITE_TIME_ZONE;
    public static final String IMAGES_BUCKET = S3Settings.IMAGES_BUCKET;
    /**
     * Set by local-api only. Running locally there are no AWS credentials for Bedrock: the provider is
     * {@code manual} unless a local Bedrock endpoint ({@link #BEDROCK_ENDPOINT}, a stub) is named.
     */
    public static final String DATA_DIR = Env.DATA_DIR;

    private AiEnvironment() {
    }
}
