package com.gmpgate.local.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gmpgate.local.sam.Intrinsics;
import com.gmpgate.local.sam.RestApiSpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the events API Gateway REST sends a Lambda function: the proxy event (the shape of
 * {@code apigw_rest_event.json} and {@code sam local generate-event apigateway aws-proxy}) and the REQUEST
 * authorizer event. Single-value maps hold the last value of a repeated header or parameter, the multi-value maps
 * all of them; empty maps are {@code null}, as API Gateway sends them. A body is base64 when its content type is
 * one of the API's {@code BinaryMediaTypes}, else UTF-8 text.
 */
final class ProxyEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);

    private ProxyEvents() {
    }

    static ObjectNode request(GatewayRequest request, Map<String, List<String>> query, RestApiSpec api,
            String restApiId, String resource, Map<String, String> pathParameters, String requestId,
            List<String> binaryMediaTypes) {
        Instant now = Instant.now();
        String path = "/" + String.join("/", ResourcePath.split(request.rawPath()).stream()
                .map(ResourcePath::decode).toList());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.headers().forEach(h -> headers.computeIfAbsent(h.getKey(), k -> new java.util.ArrayList<>())
                .add(h.getValue()));
        headers.putIfAbsent("x-forwarded-for", List.of(request.sourceIp()));
        headers.putIfAbsent("x-forwarded-proto", List.of("http"));
        request.header("host").map(h -> h.contains(":") ? h.substring(h.lastIndexOf(':') + 1) : "80")
                .ifPresent(port -> headers.putIfAbsent("x-forwarded-port", List.of(port)));
        headers.putIfAbsent("x-amzn-trace-id", List.of("Root=1-" + Long.toHexString(now.getEpochSecond()) + "-"
                + requestId.replace("-", "").substring(0, 24)));

        ObjectNode event = JSON.createObjectNode();
        event.put("resource", resource);
        event.put("path", path);
        event.put("httpMethod", request.method().toUpperCase(Locale.ROOT));
        event.set("headers", single(headers));
        event.set("multiValueHeaders", multi(headers));
        event.set("queryStringParameters", single(query));
        event.set("multiValueQueryStringParameters", multi(query));
        if (pathParameters.isEmpty()) {
            event.putNull("pathParameters");
        } else {
            ObjectNode parameters = event.putObject("pathParameters");
            pathParameters.forEach(parameters::put);
        }
        event.putNull("stageVariables");

        ObjectNode context = event.putObject("requestContext");
        context.put("resourceId", Integer.toHexString(resource.hashCode()));
        context.put("resourcePath", resource);
        context.put("httpMethod", request.method().toUpperCase(Locale.ROOT));
        context.put("extendedRequestId", requestId);
        context.put("requestTime", REQUEST_TIME.format(now));
        context.put("path", "/" + api.stageName() + path);
        context.put("accountId", Intrinsics.ACCOUNT_ID);
        context.put("protocol", "HTTP/1.1");
        context.put("stage", api.stageName());
        String host = request.header("host").orElse("localhost");
        context.put("domainPrefix", host.split("[.:]")[0]);
        context.put("requestTimeEpoch", now.toEpochMilli());
        context.put("requestId", requestId);
        ObjectNode identity = context.putObject("identity");
        for (String field : List.of("cognitoIdentityPoolId", "accountId", "cognitoIdentityId", "caller", "apiKey",
                "apiKeyId", "principalOrgId", "accessKey", "cognitoAuthenticationType",
                "cognitoAuthenticationProvider", "userArn", "user")) {
            identity.putNull(field);
        }
        identity.put("sourceIp", request.sourceIp());
        identity.put("userAgent", request.header("user-agent").orElse(null));
        context.put("domainName", host);
        context.put("apiId", restApiId);

        byte[] body = request.body();
        if (body.length == 0) {
            event.putNull("body");
            event.put("isBase64Encoded", false);
        } else if (isBinary(request.header("content-type").orElse(""), binaryMediaTypes)) {
            event.put("body", Base64.getEncoder().encodeToString(body));
            event.put("isBase64Encoded", true);
        } else {
            event.put("body", text(body));
            event.put("isBase64Encoded", false);
        }
        return event;
    }

    /** The REQUEST authorizer event: the request's parts plus {@code type} and {@code methodArn}, no body. */
    static ObjectNode requestAuthorizer(ObjectNode proxyEvent, String methodArn) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "REQUEST");
        event.put("methodArn", methodArn);
        for (String field : List.of("resource", "path", "httpMethod", "headers", "multiValueHeaders",
                "queryStringParameters", "multiValueQueryStringParameters", "pathParameters", "stageVariables",
                "requestContext")) {
            event.set(field, proxyEvent.get(field).deepCopy());
        }
        if (event.get("pathParameters").isNull()) {
            event.putObject("pathParameters");
        }
        return event;
    }

    private static boolean isBinary(String contentType, List<String> binaryMediaTypes) {
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        for (String pattern : binaryMediaTypes) {
            String p = pattern.toLowerCase(Locale.ROOT);
            if (p.equals("*/*") || p.equals(type) || p.endsWith("/*") && type.startsWith(p.substring(0, p.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** API Gateway passes a non-binary body as text; bytes that are not UTF-8 become U+FFFD, as there. */
    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static ObjectNode single(Map<String, List<String>> values) {
        if (values.isEmpty()) {
            return null;
        }
        ObjectNode node = JSON.createObjectNode();
        values.forEach((name, list) -> node.put(name, list.get(list.size() - 1)));
        return node;
    }

    private static ObjectNode multi(Map<String, List<String>> values) {
        if (values.isEmpty()) {
            return null;
        }
        ObjectNode node = JSON.createObjectNode();
        values.forEach((name, list) -> {
            ArrayNode array = node.putArray(name);
            list.forEach(array::add);
        });
        return node;
    }
}
