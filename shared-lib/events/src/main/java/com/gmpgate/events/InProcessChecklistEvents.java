package com.gmpgate.events;

import com.gmpgate.domain.checklist.ChecklistEvaluated;
import com.gmpgate.port.ChecklistEvents;

/** {@link ChecklistEvents} on the local runtime's {@link InProcessEventBus}, with the same JSON as EventBridge. */
public final class InProcessChecklistEvents implements ChecklistEvents {

    private final InProcessEventBus bus;

    public InProcessChecklistEvents(InProcessEventBus bus) {
        this.bus = bus;
    }

    @Override
    public void publish(ChecklistEvaluated event) {
        bus.publish(ChecklistEventJson.toBusEvent(event));
    }
}
