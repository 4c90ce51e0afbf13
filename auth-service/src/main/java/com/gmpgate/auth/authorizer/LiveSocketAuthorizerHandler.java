package com.gmpgate.auth.authorizer;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.api.Env;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * LiveAuthorizerFunction: the REQUEST authorizer of the admin apps' WebSocket API ({@code $connect} only). A browser
 * cannot set headers on a WebSocket, so the access token comes in the {@code token} query parameter (identity source
 * {@code route.request.querystring.token}); it is the same short-lived access token, verified by the REST authorizer's own
 * check (signature, then the stored user: active, same token version and site). The policy allows this one connection's method ARN; the context hands userId, role and siteId to
 * the $connect function, which keeps admins' sockets only.
 */
public final class LiveSocketAuthorizerHandler implements RequestStreamHandler {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final AuthorizerHandler authorizer;

    public LiveSocketAuthorizerHandler() {
        this(new AuthorizerHandler());
    }

    /** local-api's entry: the function's environment from template.yaml. */
    public LiveSocketAuthorizerHandler(Env env) {
        this(new AuthorizerHandler(env));
    }

    /** The REST authorizer's check, so a token logout, disabling or a role change ended opens no socket either. */
    public LiveSocketAuthorizerHandler(AuthorizerHandler authorizer) {
        this.authorizer = authorizer;
    }

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        JsonNode event = MAPPER.readTree(in);
        JsonNode token = event.path("queryStringParameters").path("token");
        AuthorizerHandler.Authorized caller = authorizer.authorize(token.isTextual() ? token.asText() : null,
                event, context);
        AuthorizerHandler.write(out, caller.claims(), caller.user(), event.path("methodArn").asText());
    }
}
