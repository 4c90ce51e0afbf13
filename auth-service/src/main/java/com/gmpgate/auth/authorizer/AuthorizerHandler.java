package com.gmpgate.auth.authorizer;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.api.Caller;
import com.gmpgate.api.Env;
import com.gmpgate.api.Priming;
import com.gmpgate.auth.AuthEnvironment;
import com.gmpgate.auth.token.AccessTokenClaims;
import com.gmpgate.auth.token.AccessTokenVerifier;
import com.gmpgate.auth.token.InvalidAccessTokenException;
import com.gmpgate.domain.user.User;
import com.gmpgate.dynamodb.CursorCodec;
import com.gmpgate.dynamodb.DynamoDbClients;
import com.gmpgate.dynamodb.DynamoDbPriming;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.dynamodb.DynamoDbUserStore;
import com.gmpgate.keys.KeyRingStore;
import com.gmpgate.keys.ReloadingKeyRing;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.keys.SecretsManagerPriming;
import com.gmpgate.port.UserStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * AuthorizerFunction: API Gateway's Lambda REQUEST authorizer. It verifies the access token in the
 * {@code Authorization} header and answers with an IAM policy plus the context handlers read as {@link Caller}.
 *
 * <p>A valid signature is not enough: the token must also still stand for the user as stored. One strongly
 * consistent GetItem of the user per call refuses the token of a user who logged out, was disabled, had their
 * password reset or changed, or their role changed since it was issued (its {@code tv} claim no longer equals the
 * stored {@link User#tokenVersion()}), and hands on the stored role and site, not the token's. That is why
 * template.yaml sets the authorizer's result cache to 0 s: a cached Allow would outlive those decisions by the
 * cache's lifetime.
 *
 * <p>The policy allows every {@code /v1/} route of this API stage (should a cache ever be turned on again, a policy
 * naming only the first route would deny the next one from cache); roles and ownership are the handlers' to
 * enforce. The context carries the token's {@code exp} and whether a password change is pending (the handlers then
 * refuse all but the routes that change it).
 *
 * <p>An invalid token throws an exception whose message is exactly {@code Unauthorized}: that is what makes API
 * Gateway answer 401 (a Deny policy would be a 403). No password hashing here, just the keys and the user record.
 */
public final class AuthorizerHandler implements RequestStreamHandler {

    static final String UNAUTHORIZED = "Unauthorized";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final AccessTokenVerifier verifier;
    private final UserStore users;

    public AuthorizerHandler() {
        this(Env.system());
        Priming.register("AuthorizerFunction", this, List.of(DynamoDbPriming::prime, SecretsManagerPriming::prime),
                PRIMING_EVENT);
    }

    /**
     * SnapStart priming ({@link Priming}): a request whose bearer is no compact JWS, refused before the key ring (whose
     * reload would read Secrets Manager) and the users table.
     */
    static final String PRIMING_EVENT = "{\"type\":\"REQUEST\",\"methodArn\":\"arn:aws:execute-api:us-east-1:"
            + "000000000000:priming/priming/GET/v1/auth/me\",\"resource\":\"/v1/auth/me\",\"path\":\"/v1/auth/me\","
            + "\"httpMethod\":\"GET\",\"headers\":{\"Authorization\":\"Bearer priming\"},"
            + "\"requestContext\":{\"requestId\":\"priming\",\"identity\":{\"sourceIp\":\"192.0.2.1\"}}}";

    /** local-api's entry: the function's environment from template.yaml. */
    public AuthorizerHandler(Env env) {
        this(new AccessTokenVerifier(new ReloadingKeyRing(
                () -> KeyRingStore.ACCESS_TOKENS.forVerifying(env.variables()), Clock.systemUTC()), Clock.systemUTC()),
                lookupStore(env));
    }

    /** The users table for lookups by id; the authorizer never lists, so its cursor key is a throwaway. */
    private static UserStore lookupStore(Env env) {
        DynamoDbSettings settings = DynamoDbSettings.of(env.variables());
        byte[] unusedCursorKey = new byte[32];
        new java.security.SecureRandom().nextBytes(unusedCursorKey);
        return new DynamoDbUserStore(DynamoDbClients.create(settings), settings.require(AuthEnvironment.USERS_TABLE),
                new CursorCodec(unusedCursorKey));
    }

    /** Tests: any keys, clock and users. */
    public AuthorizerHandler(AccessTokenVerifier verifier, UserStore users) {
        this.verifier = verifier;
        this.users = users;
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
        Authorized caller = authorize(bearerToken(event).orElse(null), event, context);
        write(out, caller.claims(), caller.user(), allV1Routes(methodArn));
    }

    /** A genuine token whose user still stands behind it. */
    record Authorized(AccessTokenClaims claims, User user) {
    }

    /**
     * The one check both authorizers make (REST and the WebSocket's $connect): the token's signature and claims,
     * then the stored user — still there, active, the same token version and site.
     *
     * @throws UnauthorizedException for every refusal, logged with its reason
     */
    Authorized authorize(String token, JsonNode event, Context context) {
        AccessTokenClaims claims;
        try {
            claims = verifier.verify(token);
        } catch (InvalidAccessTokenException e) {
            log(context, event, e.reason().name());
            throw new UnauthorizedException();
        }
        Optional<User> user = users.findById(claims.userId());
        String refusal = refusal(claims, user);
        if (refusal != null) {
            log(context, event, refusal);
            throw new UnauthorizedException();
        }
        return new Authorized(claims, user.get());
    }

    /** Why a genuine token no longer stands for its user, or null when it does. */
    static String refusal(AccessTokenClaims claims, Optional<User> stored) {
        if (stored.isEmpty()) {
            return "USER_GONE";
        }
        User user = stored.get();
        if (user.status() != UserStatus.ACTIVE) {
            return "USER_DISABLED";
        }
        if (user.tokenVersion() != claims.tokenVersion()) {
            return "TOKEN_VERSION_STALE"; // logged out, password reset or changed, role changed since
        }
        if (!user.siteId().equals(claims.siteId())) {
            return "WRONG_SITE";
        }
        return null;
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

    static void write(OutputStream out, AccessTokenClaims claims, User user, String resource)
            throws IOException {
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
            json.writeStringField(Caller.ROLE, user.role().name());
            json.writeStringField(Caller.SITE_ID, user.siteId());
            json.writeStringField(Caller.EXPIRES_AT, Long.toString(claims.expiresAt().getEpochSecond()));
            if (user.passwordChangeRequired()) {
                json.writeStringField(Caller.PASSWORD_CHANGE_REQUIRED, "true");
            }
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
