package com.gmpgate.events;

import static com.gmpgate.aws.LambdaClients.optional;
import static com.gmpgate.aws.LambdaClients.required;

import com.gmpgate.aws.LambdaClients;
import com.gmpgate.port.ChecklistEvents;
import com.gmpgate.port.GateEvents;
import java.util.Map;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClientBuilder;

/**
 * Picks the event adapter for the environment: locally (a data directory is set, as local-api does) the
 * in-process bus; in AWS the stack's EventBridge bus. Built once per execution environment.
 */
public final class EventPublishers {

    /** Name of the stack's event bus (template.yaml: {@code !Ref GateEventBus}). */
    public static final String EVENT_BUS_NAME = "GMP_EVENT_BUS_NAME";
    /** Set by local-api only. */
    public static final String DATA_DIR = "GMP_DATA_DIR";
    public static final String REGION = LambdaClients.REGION;

    private EventPublishers() {
    }

    /**
     * What {@link #checklist} and {@link #gate} will read, checked now: a function that builds its publisher on first
     * use still fails at start, with the variable's name, when one is missing.
     *
     * @throws IllegalStateException naming the variable the environment lacks
     */
    public static void checkSettings(Map<String, String> env) {
        if (optional(env, DATA_DIR).isEmpty()) {
            required(env, EVENT_BUS_NAME);
            required(env, REGION);
        }
    }

    /** @throws IllegalStateException naming the variable the environment lacks */
    public static ChecklistEvents checklist(Map<String, String> env) {
        if (optional(env, DATA_DIR).isPresent()) {
            return new InProcessChecklistEvents(InProcessEventBus.local());
        }
        return new EventBridgeChecklistEvents(client(env), required(env, EVENT_BUS_NAME));
    }

    /** @throws IllegalStateException naming the variable the environment lacks */
    public static GateEvents gate(Map<String, String> env) {
        if (optional(env, DATA_DIR).isPresent()) {
            return new InProcessGateEvents(InProcessEventBus.local());
        }
        return new EventBridgeGateEvents(client(env), required(env, EVENT_BUS_NAME));
    }

    private static EventBridgeClient client(Map<String, String> env) {
        required(env, EVENT_BUS_NAME);
        return clientBuilder(env).build();
    }

    /** The publishers' client as the environment sets it up ({@link EventBridgePriming} builds it too). */
    static EventBridgeClientBuilder clientBuilder(Map<String, String> env) {
        return LambdaClients.configure(EventBridgeClient.builder(), env);
    }
}
