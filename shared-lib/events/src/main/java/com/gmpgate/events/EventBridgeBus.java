package com.gmpgate.events;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/**
 * PutEvents of one event to the stack's bus. The SDK retries throttling and transient errors; what still fails is
 * logged (one JSON line, with the ids needed to replay it by hand) and swallowed, as the event ports promise: the
 * record (submission, access-log entry) is already stored, and the screens list it whether or not an event went out.
 */
final class EventBridgeBus {

    private final EventBridgeClient client;
    private final String busName;

    EventBridgeBus(EventBridgeClient client, String busName) {
        this.client = client;
        this.busName = busName;
    }

    void put(BusEvent event) {
        try {
            PutEventsResponse response = client.putEvents(request -> request.entries(PutEventsRequestEntry.builder()
                    .eventBusName(busName)
                    .source(event.source())
                    .detailType(event.detailType())
                    .detail(event.detail())
                    .time(event.time())
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
