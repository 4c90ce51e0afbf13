package com.gmpgate.local.testhandlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A REQUEST authorizer written as a POJO handler ({@code RequestHandler<Map, Map>}), which local-api must call
 * through JSON as the Java runtime does. {@code Bearer allow:<user>:<role>} allows every route of the stage with
 * that context; {@code Bearer only:<path>} allows just that path; {@code Bearer deny} denies;
 * {@code Bearer broken} answers without a policy; anything else is refused with {@code Unauthorized}.
 */
public final class TestAuthorizerHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    public static final AtomicInteger CALLS = new AtomicInteger();

    public TestAuthorizerHandler(Map<String, String> environment) {
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        CALLS.incrementAndGet();
        Map<String, Object> headers = (Map<String, Object>) event.get("headers");
        String authorization = String.valueOf(headers.get("authorization"));
        String methodArn = String.valueOf(event.get("methodArn"));
        String stageArn = methodArn.substring(0, methodArn.indexOf('/', methodArn.indexOf('/') + 1));
        if (!"REQUEST".equals(event.get("type")) || !authorization.startsWith("Bearer ")) {
            throw new RuntimeException("Unauthorized");
        }
        String token = authorization.substring(7);
        if (token.startsWith("allow:")) {
            String[] parts = token.split(":");
            Map<String, Object> context2 = new LinkedHashMap<>();
            context2.put("userId", parts[1]);
            context2.put("role", parts[2]);
            context2.put("siteId", "demo-site");
            context2.put("exp", 4102444800L);
            context2.put("admin", parts[2].equals("ADMIN"));
            return policy(parts[1], "Allow", stageArn + "/*/v1/*", context2);
        }
        if (token.startsWith("only:")) {
            return policy("u", "Allow", stageArn + "/GET" + token.substring(5), Map.of("userId", "u"));
        }
        if (token.equals("deny")) {
            return policy("u", "Deny", stageArn + "/*", Map.of());
        }
        if (token.equals("broken")) {
            return Map.of("principalId", "u");
        }
        throw new RuntimeException("Unauthorized");
    }

    private static Map<String, Object> policy(String principal, String effect, String resource,
            Map<String, Object> context) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Action", "execute-api:Invoke");
        statement.put("Effect", effect);
        statement.put("Resource", List.of(resource));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("principalId", principal);
        answer.put("policyDocument", Map.of("Version", "2012-10-17", "Statement", List.of(statement)));
        answer.put("context", context);
        return answer;
    }
}
