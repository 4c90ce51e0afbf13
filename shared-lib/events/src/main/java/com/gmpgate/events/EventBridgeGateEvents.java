package com.gmpgate.events;

import com.gmpgate.domain.gate.GateScanned;
import com.gmpgate.port.GateEvents;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** Publishes gate scans to the stack's event bus with PutEvents ({@link EventBridgeBus}). */
public final class EventBridgeGateEvents implements GateEvents {

    private final EventBridgeBus bus;

    public EventBridgeGateEvents(EventBridgeClient client, String busName) {
        this.bus = new EventBridgeBus(client, busName);
    }

    @Override
    public void publish(GateScanned event) {
        bus.put(GateEventJson.toBusEvent(event));
    }
}
