package com.gmpgate.events;

import com.gmpgate.domain.checklist.ChecklistEvaluated;
import com.gmpgate.port.ChecklistEvents;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** Publishes checklist decisions to the stack's event bus with PutEvents ({@link EventBridgeBus}). */
public final class EventBridgeChecklistEvents implements ChecklistEvents {

    private final EventBridgeBus bus;

    public EventBridgeChecklistEvents(EventBridgeClient client, String busName) {
        this.bus = new EventBridgeBus(client, busName);
    }

    @Override
    public void publish(ChecklistEvaluated event) {
        bus.put(ChecklistEventJson.toBusEvent(event));
    }
}
