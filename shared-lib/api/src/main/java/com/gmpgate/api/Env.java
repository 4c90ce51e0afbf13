package com.gmpgate.api;

import java.util.Map;
import java.util.Optional;

/**
 * Environment variables, read once at start. Handlers take them in a constructor, so that Lambda (the no-arg
 * constructor passes {@link #system()}) and local-api (which runs every function in one JVM and passes each its
 * own variables from template.yaml, plus its local ones) build them alike:
 * <pre>{@code
 * public ThingApiHandler() { this(Env.system()); }
 * public ThingApiHandler(Env env) { this(ThingWiring.from(env)); }
 * }</pre> A missing required one fails the cold start with its name, rather
 * than the first request with a NullPointerException. Service-specific names are constants in each service's
 * wiring class; the ones every service shares are here.
 */
public final class Env {

    /** dev, staging or prod. */
    public static final String STAGE = "GMP_STAGE";
    /** Set by local-api only: the local data directory (keys, dynalite files). Its presence means "running locally". */
    public static final String DATA_DIR = "GMP_DATA_DIR";
    /** Optional: an origin allowed to call the API from a browser (see {@link CorsPolicy}). */
    public static final String CORS_ALLOW_ORIGIN = "GMP_CORS_ALLOW_ORIGIN";

    private final Map<String, String> variables;

    private Env(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    public static Env system() {
        return new Env(System.getenv());
    }

    public static Env of(Map<String, String> variables) {
        return new Env(variables);
    }

    /** All of them, for adapters that read their own settings (e.g. DynamoDbSettings.of). */
    public Map<String, String> variables() {
        return variables;
    }

    /** @throws IllegalStateException naming the variable when it is unset or blank */
    public String required(String name) {
        return optional(name).orElseThrow(() ->
                new IllegalStateException("environment variable " + name + " must be set"));
    }

    public Optional<String> optional(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
