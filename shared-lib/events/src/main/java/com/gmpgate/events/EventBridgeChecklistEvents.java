package com.gmpgate.events;

import com.gmpgate.domain.checklist.ChecklistEvaluated;
import com.gmpgate.port.ChecklistEvents;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/**
 * Publishes to the stack's event bus with PutEvents. The SDK retries throttling and transient errors; what still
 * fails is logged (one JSON line, with the ids needed to replay it by hand) and swallowed, as the port promises:
 * the submission is already stored, and the admin's review queue lists it whether or not a notification went out.
 */
public final class EventBridgeChecklistEvents implements ChecklistEvents {

    private final EventBridgeClient client;
    private final String busName;

    public EventBridgeChecklistEvents(EventBridgeClient client, String busName) {
        this.client = client;
        this.busName = busName;
    }

    @Override
    public void publish(ChecklistEvaluated event) {
        BusEvent bus = ChecklistEventJson.toBusEvent(event);
        try {
            PutEventsResponse response = client.putEvents(request -> request.entries(PutEventsRequestEntry.builder()
                    .eventBusName(busName)
                    .source(bus.source())
                    .detailType(bus.detailType())
                    .detail(bus.detail())
                    .time(bus.time())
                    .build()));
            if (response.failedEntryCount() != null && response.failedEntryCount() > 0) {
                var entry = response.entries().get(0);
                EventLog.failed(event, entry.errorCode() + ": " + entry.errorMessage());
            }
        } catch (SdkException e) {
            EventLog.failed(event, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
