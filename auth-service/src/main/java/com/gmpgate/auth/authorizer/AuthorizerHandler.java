package com.gmpgate.auth.authorizer;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.api.Caller;
import com.gmpgate.api.Env;
import com.gmpgate.auth.keys.KeySources;
import com.gmpgate.auth.token.AccessTokenClaims;
import com.gmpgate.auth.token.AccessTokenVerifier;
import com.gmpgate.auth.token.InvalidAccessTokenException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * AuthorizerFunction: API Gateway's Lambda REQUEST authorizer. It verifies the access token in the
 * {@code Authorization} header and answers with an IAM policy plus the context handlers read as {@link Caller}.
 *
 * <p>API Gateway caches the answer (ReauthorizeEvery: 300) keyed by the Authorization header and reuses it for
 * <em>every</em> route the same token calls. A policy naming only the route that triggered it would deny the next
 * route from cache, so the policy allows every {@code /v1/} route of this API stage; roles and ownership are the
 * handlers' to enforce. The context carries the token's {@code exp} so a handler refuses a cached decision whose
 * token has expired since.
 *
 * <p>An invalid token throws an exception whose message is exactly {@code Unauthorized}: that is what makes API
 * Gateway answer 401 (a Deny policy would be a 403). Kept lean: no DynamoDB, no password hashing, just the keys.
 */
public final class AuthorizerHandler implements RequestStreamHandler {

    static final String UNAUTHORIZED = "Unauthorized";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final AccessTokenVerifier verifier;

    public AuthorizerHandler() {
        this(Env.system());
    }

    /** local-api's entry: the function's environment from template.yaml. */
    public AuthorizerHandler(Env env) {
        this(new AccessTokenVerifier(KeySources.forVerifying(env, Clock.systemUTC()), Clock.systemUTC()));
    }

    /** Tests: any keys and clock. */
    public AuthorizerHandler(AccessTokenVerifier verifier) {
        this.verifier = verifier;
    }

    /**
     * Thrown for every refusal. No stack trace: a bad token is routine, and the runtime logs what is thrown.
     */
    public static final class UnauthorizedException extends RuntimeException {
        UnauthorizedException() {
            super(UNAUTHORIZED, null, false, false);
        }
    }

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        JsonNode event = MAPPER.readTree(in);
        String methodArn = event.path("methodArn").asText("");
        AccessTokenClaims claims;
        try {
            claims = verifier.verify(bearerToken(event).orElse(null));
        } catch (InvalidAccessTokenException e) {
            log(context, event, e.reason().name());
            throw new UnauthorizedException();
        }
        write(out, claims, allV1Routes(methodArn));
    }

    /** REQUEST events carry the header; TOKEN events (if the API is ever switched) the bare value. */
    static Optional<String> bearerToken(JsonNode event) {
        String value = "TOKEN".equals(event.path("type").asText())
                ? event.path("authorizationToken").asText(null)
                : header(event, "Authorization");
        if (value == null) {
            return Optional.empty();
        }
        // RFC 6750 §2.1: the scheme is case-insensitive, one space, then the token
        if (value.length() > 7 && value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return Optional.of(value.substring(7).strip());
        }
        return Optional.empty();
    }

    private static String header(JsonNode event, String name) {
        for (Iterator<Map.Entry<String, JsonNode>> headers = event.path("headers").fields(); headers.hasNext(); ) {
            Map.Entry<String, JsonNode> header = headers.next();
            if (header.getKey().equalsIgnoreCase(name) && header.getValue().isTextual()) {
                return header.getValue().asText();
            }
        }
        return null;
    }

    /**
     * {@code arn:aws:execute-api:region:account:apiId/stage/METHOD/path} →
     * {@code arn:aws:execute-api:region:account:apiId/stage/*}{@code /v1/*}: any method, any /v1/ path, this API
     * and stage only.
     */
    static String allV1Routes(String methodArn) {
        String[] arn = methodArn.split(":", 6);
        String[] path = arn.length == 6 ? arn[5].split("/", 3) : new String[0];
        if (!methodArn.startsWith("arn:aws:execute-api:") || path.length < 2 || path[0].isEmpty()
                || path[1].isEmpty()) {
            throw new IllegalArgumentException("not an execute-api method ARN: " + methodArn);
        }
        return String.join(":", arn[0], arn[1], arn[2], arn[3], arn[4], path[0] + "/" + path[1] + "/*/v1/*");
    }

    private static void write(OutputStream out, AccessTokenClaims claims, String resource) throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("principalId", claims.userId());
            json.writeObjectFieldStart("policyDocument");
            json.writeStringField("Version", "2012-10-17");
            json.writeArrayFieldStart("Statement");
            json.writeStartObject();
            json.writeStringField("Action", "execute-api:Invoke");
            json.writeStringField("Effect", "Allow");
            json.writeArrayFieldStart("Resource");
            json.writeString(resource);
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeObjectFieldStart("context");
            json.writeStringField(Caller.USER_ID, claims.userId());
            json.writeStringField(Caller.ROLE, claims.role().name());
            json.writeStringField(Caller.SITE_ID, claims.siteId());
            json.writeStringField(Caller.EXPIRES_AT, Long.toString(claims.expiresAt().getEpochSecond()));
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    /** Why a token was refused, for the log only; never the token itself. */
    private static void log(Context context, JsonNode event, String reason) {
        String line = "{\"level\":\"INFO\",\"event\":\"ACCESS_TOKEN_REJECTED\",\"reason\":\"" + reason
                + "\",\"requestId\":" + MAPPER.valueToTree(event.path("requestContext").path("requestId").asText(""))
                + "}";
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(line + "\n");
        }
    }
}
