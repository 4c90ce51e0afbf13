package com.gmpgate.events;

import com.gmpgate.domain.gate.GateScanned;
import com.gmpgate.port.GateEvents;

/** {@link GateEvents} on the local runtime's {@link InProcessEventBus}, with the same JSON as EventBridge. */
public final class InProcessGateEvents implements GateEvents {

    private final InProcessEventBus bus;

    public InProcessGateEvents(InProcessEventBus bus) {
        this.bus = bus;
    }

    @Override
    public void publish(GateScanned event) {
        bus.publish(GateEventJson.toBusEvent(event));
    }
}
