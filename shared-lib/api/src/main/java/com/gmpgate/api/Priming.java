package com.gmpgate.api;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gmpgate.lambda.InvocationContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * dispatcher, Jackson and the error envelope), and its SDK clients over a canned-response HTTP client (each adapter
 * module's primer, e.g. shared-lib/dynamodb DynamoDbPriming). A step that fails is logged and the others and the
 * checkpoint go on: a slower first request is better than a version that cannot be published.
 * <pre>{@code
 * public QrApiHandler() {
 *     this(Env.system());
 *     Priming.register("QrFunction", this, List.of(DynamoDbPriming::prime, EventBridgePriming::prime), PRIMING_EVENT);
 * }
 * }</pre>
 */
public final class Priming implements Resource {

    /** How often each synthetic request runs: the first loads, the others reach the interpreter's profiles. */
    static final int ROUNDS = 3;
    /** CRaC holds registered resources weakly: these must live as long as the function. */
    private static final List<Priming> REGISTERED = new CopyOnWriteArrayList<>();

    /**
     * One SDK client's priming from the function's environment: the client the adapter would build, over the SDK's
     * canned-response HTTP client (no socket), with a request or two through it.
     */
    @FunctionalInterface
    public interface ClientPriming {
        void prime(Map<String, String> environment);
    }

    /** One thing priming does, named for the log. */
    record Step(String what, Runnable run) {
    }

    private final String name;
    private final List<Step> steps;

    Priming(String name, List<Step> steps) {
        this.name = name;
        this.steps = List.copyOf(steps);
    }

    /**
     * A function's priming, registered by the no-arg constructor Lambda calls: before SnapStart's checkpoint, each of
     * {@code clients} from the function's environment, then each of {@code events} through {@code handler}
     * ({@link #invoke}).
     */
    public static Priming register(String function, RequestStreamHandler handler, List<ClientPriming> clients,
            String... events) {
        Map<String, String> environment = Env.system().variables();
        List<Step> steps = new ArrayList<>();
        for (ClientPriming client : clients) {
            steps.add(new Step("client priming " + (steps.size() + 1), () -> client.prime(environment)));
        }
        steps.add(new Step("the handler", () -> invoke(handler, events)));
        return register(new Priming(function, steps));
    }

    static Priming register(Priming priming) {
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

    /**
     * The priming itself (what beforeCheckpoint runs), every step even when one fails.
     *
     * @return false when a step failed, which is logged, not thrown
     */
    public boolean run() {
        long start = System.nanoTime();
        boolean primed = true;
        for (Step step : steps) {
            try {
                step.run().run();
            } catch (RuntimeException | LinkageError e) {
                System.out.printf("priming %s: %s failed (the checkpoint goes on): %s%n", name, step.what(), e);
                primed = false;
            }
        }
        System.out.printf("priming %s %s in %d ms%n", name, primed ? "done" : "partly done",
                (System.nanoTime() - start) / 1_000_000);
        return primed;
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
                            context());
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

    /** A context that discards what the handler logs: priming's requests are not the function's traffic. */
    static InvocationContext context() {
        return new InvocationContext("priming", "priming", 1024, System.currentTimeMillis() + 15_000,
                InvocationContext.logger(message -> { }));
    }
}
