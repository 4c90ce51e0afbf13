package com.gmpgate.s3;

import com.gmpgate.aws.LambdaClients;
import java.util.Map;
import java.util.Optional;

/**
 * The environment variables the S3 adapter reads, named here once and read once per execution
 * environment; a missing required one fails at start with its name.
 */
public final class S3Settings {

    public static final String REGION = LambdaClients.REGION;
    /** Set only locally (S3Proxy) or against LocalStack; unset in AWS. */
    public static final String ENDPOINT = "GMP_S3_ENDPOINT";
    public static final String ACCESS_KEY_ID = LambdaClients.ACCESS_KEY_ID;
    public static final String SECRET_ACCESS_KEY = LambdaClients.SECRET_ACCESS_KEY;
    public static final String SESSION_TOKEN = LambdaClients.SESSION_TOKEN;
    public static final String IMAGES_BUCKET = "IMAGES_BUCKET";

    private final Map<String, String> values;

    private S3Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static S3Settings of(Map<String, String> values) {
        return new S3Settings(values);
    }

    public String require(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return value;
    }

    public Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }
}
