package com.gmpgate.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InProcessEventBusTest {

    @Test
    void subscribers_getWhatEventBridgeWouldHaveBeenSent_untilTheyUnsubscribe() throws Exception {
        InProcessEventBus bus = InProcessEventBus.create();
        List<BusEvent> received = new ArrayList<>();
        AutoCloseable subscription = bus.subscribe(received::add);

        new InProcessChecklistEvents(bus).publish(Events.failed());
        subscription.close();
        new InProcessChecklistEvents(bus).publish(Events.approved());

        assertThat(received).containsExactly(ChecklistEventJson.toBusEvent(Events.failed()));
    }

    @Test
    void aFailingSubscriber_doesNotFailThePublisher_norStarveTheOthers() {
        InProcessEventBus bus = InProcessEventBus.create();
        List<BusEvent> received = new ArrayList<>();
        bus.subscribe(event -> {
            throw new IllegalStateException("notification function crashed");
        });
        bus.subscribe(received::add);

        new InProcessChecklistEvents(bus).publish(Events.failed());

        assertThat(received).hasSize(1);
    }

    @Test
    void locally_theInProcessBusIsChosen_andInAwsTheBusNameIsRequired() {
        assertThat(EventPublishers.checklist(Map.of(EventPublishers.DATA_DIR, "/tmp/x")))
                .isInstanceOf(InProcessChecklistEvents.class);
        assertThatThrownBy(() -> EventPublishers.checklist(
                Map.of(EventPublishers.REGION, "us-east-1"))).hasMessageContaining(EventPublishers.EVENT_BUS_NAME);
    }

    @Test
    void checkSettings_namesTheMissingVariable_inAwsOnly() {
        EventPublishers.checkSettings(Map.of(EventPublishers.DATA_DIR, "/tmp/x"));
        EventPublishers.checkSettings(Map.of(EventPublishers.REGION, "us-east-1",
                EventPublishers.EVENT_BUS_NAME, "gmp-events"));
        assertThatThrownBy(() -> EventPublishers.checkSettings(Map.of(EventPublishers.REGION, "us-east-1")))
                .hasMessageContaining(EventPublishers.EVENT_BUS_NAME);
        assertThatThrownBy(() -> EventPublishers.checkSettings(Map.of(EventPublishers.EVENT_BUS_NAME, "gmp-events")))
                .hasMessageContaining(EventPublishers.REGION);
    }
}
