package com.gmpgate.api;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming: work done in {@code beforeCheckpoint}, so that what a function's first request would load,
 * link and initialise is already in the snapshot every execution environment is restored from. A function registers
 * its priming in the constructor Lambda calls; on a JVM without CRaC (local-api, tests, a function without SnapStart)
 * the hook is never called.
 *
 * <p>Priming must not call AWS: a snapshot is taken once per published version, not per request, and a priming call
 * would act on real data (and open connections the restore cannot use). So each function primes with a synthetic
 * request the handler answers before any store (a role refusal or a malformed body: the event parsing, the
 * dispatcher, Jackson and the error envelope), and its SDK clients over a canned-response HTTP client
 * (shared-lib/dynamodb DynamoDbPriming). A priming that fails is logged and the checkpoint goes on: a slower first
 * request is better than a version that cannot be published.
 */
public final class Priming implements Resource {

    /** How often each synthetic request runs: the first loads, the others reach the interpreter's profiles. */
    static final int ROUNDS = 3;
    /** CRaC holds registered resources weakly: these must live as long as the function. */
    private static final List<Priming> REGISTERED = new CopyOnWriteArrayList<>();

    private final String name;
    private final Runnable prime;

    Priming(String name, Runnable prime) {
        this.name = name;
        this.prime = prime;
    }

    /** Runs {@code prime} before SnapStart's checkpoint of this execution environment. */
    public static Priming register(String name, Runnable prime) {
        Priming priming = new Priming(name, prime);
        REGISTERED.add(priming);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        run();
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // nothing to renew: no connection or secret is opened by priming
    }

    /** The priming itself (what beforeCheckpoint runs); false when it failed, which is logged, not thrown. */
    public boolean run() {
        long start = System.nanoTime();
        try {
            prime.run();
            System.out.printf("priming %s done in %d ms%n", name, (System.nanoTime() - start) / 1_000_000);
            return true;
        } catch (RuntimeException | LinkageError e) {
            System.out.printf("priming %s failed (the checkpoint goes on): %s%n", name, e);
            return false;
        }
    }

    /**
     * Each event through the handler, {@link #ROUNDS} times, replies discarded.
     *
     * @return the last reply to the last event (what tests look at), or {@code threw <message>} when the handler
     *         answered by throwing
     */
    public static String invoke(RequestStreamHandler handler, String... events) {
        String reply = "";
        for (int round = 0; round < ROUNDS; round++) {
            for (String event : events) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                            CONTEXT);
                    reply = out.toString(StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (RuntimeException e) {
                    // an authorizer answers a refusal by throwing (API Gateway's 401)
                    reply = "threw " + e.getMessage();
                }
            }
        }
        return reply;
    }

    /**
     * A REST v1 proxy event as API Gateway sends it after the authorizer: {@code caller} as the authorizer's context
     * (user {@code priming} of site {@code priming}), {@code body} as given (null for none).
     */
    public static String restEvent(String method, String resource, String role, String body) {
        ObjectNode event = Json.MAPPER.createObjectNode();
        event.put("resource", resource).put("path", resource).put("httpMethod", method);
        event.putObject("headers").put("Content-Type", "application/json").put("Accept", "application/json")
                .put("X-Forwarded-For", "192.0.2.1");
        event.putNull("multiValueHeaders");
        event.putNull("queryStringParameters");
        event.putNull("multiValueQueryStringParameters");
        event.putNull("pathParameters");
        ObjectNode context = event.putObject("requestContext");
        context.put("requestId", "priming").put("resourcePath", resource).put("httpMethod", method)
                .put("stage", "priming");
        context.putObject("identity").put("sourceIp", "192.0.2.1");
        if (role != null) {
            context.putObject("authorizer").put("principalId", "priming").put("userId", "priming").put("role", role)
                    .put("siteId", "priming").put("exp", "4102444800");
        }
        if (body != null) {
            event.put("body", body);
        } else {
            event.putNull("body");
        }
        event.put("isBase64Encoded", false);
        return event.toString();
    }

    /** What a handler may ask of the context while priming: a request id, a remaining time, a logger. */
    static final Context CONTEXT = new Context() {
        @Override
        public String getAwsRequestId() {
            return "priming";
        }

        @Override
        public String getLogGroupName() {
            return "priming";
        }

        @Override
        public String getLogStreamName() {
            return "priming";
        }

        @Override
        public String getFunctionName() {
            return "priming";
        }

        @Override
        public String getFunctionVersion() {
            return "priming";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:us-east-1:000000000000:function:priming";
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return 15_000;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 1024;
        }

        @Override
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override
                public void log(String message) {
                }

                @Override
                public void log(byte[] message) {
                }
            };
        }
    };
}
