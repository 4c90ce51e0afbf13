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

/**
 * LiveAuthorizerFunction: the REQUEST authorizer of the admin apps' WebSocket API ({@code $connect} only). A browser
 * cannot set headers on a WebSocket, so the access token comes in the {@code token} query parameter (identity source
 * {@code route.request.querystring.token}); it is the same short-lived access token, verified as the REST authorizer
 * verifies it. The policy allows this one connection's method ARN; the context hands userId, role and siteId to
 * the $connect function, which keeps admins' sockets only.
 */
public final class LiveSocketAuthorizerHandler implements RequestStreamHandler {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final AccessTokenVerifier verifier;

    public LiveSocketAuthorizerHandler() {
        this(Env.system());
    }

    public LiveSocketAuthorizerHandler(Env env) {
        this(new AccessTokenVerifier(KeySources.forVerifying(env, Clock.systemUTC()), Clock.systemUTC()));
    }

    public LiveSocketAuthorizerHandler(AccessTokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        JsonNode event = MAPPER.readTree(in);
        JsonNode token = event.path("queryStringParameters").path("token");
        AccessTokenClaims claims;
        try {
            claims = verifier.verify(token.isTextual() ? token.asText() : null);
        } catch (InvalidAccessTokenException e) {
            throw new AuthorizerHandler.UnauthorizedException();
        }
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("principalId", claims.userId());
            json.writeObjectFieldStart("policyDocument");
            json.writeStringField("Version", "2012-10-17");
            json.writeArrayFieldStart("Statement");
            json.writeStartObject();
            json.writeStringField("Action", "execute-api:Invoke");
            json.writeStringField("Effect", "Allow");
            json.writeStringField("Resource", event.path("methodArn").asText());
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeObjectFieldStart("context");
            json.writeStringField(Caller.USER_ID, claims.userId());
            json.writeStringField(Caller.ROLE, claims.role().name());
            json.writeStringField(Caller.SITE_ID, claims.siteId());
            json.writeEndObject();
            json.writeEndObject();
        }
    }
}
