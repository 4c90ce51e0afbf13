package com.gmpgate.local.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gmpgate.events.BusEvent;
import com.gmpgate.events.InProcessEventBus;
import com.gmpgate.local.lambda.Invocation;
import com.gmpgate.local.lambda.LocalLambda;
import com.gmpgate.local.lambda.LocalLog;
import com.gmpgate.local.sam.EventRule;
import com.gmpgate.local.sam.Intrinsics;
import com.gmpgate.local.sam.SamApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * EventBridge for the local runtime: what the functions publish on the in-process bus (shared-lib/events, the
 * adapter they pick when {@code GMP_DATA_DIR} is set) is matched against the template's rules and delivered to
 * their target functions as EventBridge delivers: asynchronously, as the standard event envelope (or the target's
 * constant {@code Input}), a failure logged and not retried. Rules are matched whatever bus they name: the stack
 * has one bus of its own and the in-process bus stands for it.
 */
public final class LocalEventBridge implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Asynchronous invocations are not bounded by API Gateway: the function's own Timeout applies. */
    private static final Duration ASYNC_LIMIT = Duration.ofMinutes(15);

    private final List<EventRule> rules;
    private final LocalLambda lambda;
    private final LocalLog log;
    private final ExecutorService deliveries;
    private final AutoCloseable subscription;

    private LocalEventBridge(List<EventRule> rules, LocalLambda lambda, LocalLog log, InProcessEventBus bus) {
        this.rules = rules;
        this.lambda = lambda;
        this.log = log;
        this.deliveries = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "eventbridge");
            thread.setDaemon(true);
            return thread;
        });
        this.subscription = bus.subscribe(this::publish);
    }

    public static LocalEventBridge start(SamApplication application, LocalLambda lambda, LocalLog log) {
        return new LocalEventBridge(application.rules(), lambda, log, InProcessEventBus.local());
    }

    /** What PutEvents accepted: matched now, delivered in the background. */
    void publish(BusEvent event) {
        ObjectNode envelope = envelope(event);
        for (EventRule rule : rules) {
            if (EventPatterns.matches(rule.pattern(), envelope)) {
                deliveries.submit(() -> deliver(rule, envelope));
            }
        }
    }

    private void deliver(EventRule rule, ObjectNode envelope) {
        byte[] payload = rule.input().map(input -> input.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> envelope.toString().getBytes(StandardCharsets.UTF_8));
        log.info("EventBridge: " + envelope.path("detail-type").asText() + " → rule " + rule.name() + " → "
                + rule.functionId());
        Invocation result = lambda.invoke(rule.functionId(), payload, ASYNC_LIMIT);
        if (!(result instanceof Invocation.Returned)) {
            log.info("EventBridge: " + rule.functionId() + " failed on " + envelope.path("id").asText() + ": "
                    + result);
        }
    }

    static ObjectNode envelope(BusEvent event) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("version", "0");
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("detail-type", event.detailType());
        envelope.put("source", event.source());
        envelope.put("account", Intrinsics.ACCOUNT_ID);
        envelope.put("time", event.time().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        envelope.put("region", Intrinsics.REGION);
        envelope.putArray("resources");
        JsonNode detail;
        try {
            detail = JSON.readTree(event.detail());
        } catch (IOException e) {
            throw new IllegalArgumentException("an event's detail must be a JSON object: " + event.detail(), e);
        }
        envelope.set("detail", detail);
        return envelope;
    }

    /** Stops listening; deliveries under way get a few seconds to finish. */
    @Override
    public void close() {
        try {
            subscription.close();
            deliveries.shutdown();
            deliveries.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.info("EventBridge: could not unsubscribe: " + e);
        }
    }
}
