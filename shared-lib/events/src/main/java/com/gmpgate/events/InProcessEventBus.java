package com.gmpgate.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The local runtime's event bus: one per JVM, since local-api runs every function in one JVM. Publishers hand it
 * the event PutEvents would have sent; local-api subscribes, matches template.yaml's rules and invokes their
 * targets, as EventBridge would. With no subscriber (a handler test, a function run on its own) events go nowhere.
 *
 * <p>Delivery is synchronous, in the publisher's thread: a subscriber that does real work hands it off. A
 * subscriber that throws does not fail the publisher (EventBridge would not either).
 */
public final class InProcessEventBus {

    private static final InProcessEventBus LOCAL = new InProcessEventBus();

    private final List<Consumer<BusEvent>> subscribers = new CopyOnWriteArrayList<>();

    /** The JVM's bus. */
    public static InProcessEventBus local() {
        return LOCAL;
    }

    /** A bus of its own (tests). */
    public static InProcessEventBus create() {
        return new InProcessEventBus();
    }

    private InProcessEventBus() {
    }

    /** @return closing it unsubscribes */
    public AutoCloseable subscribe(Consumer<BusEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    public void publish(BusEvent event) {
        for (Consumer<BusEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                System.err.println("in-process event subscriber failed on " + event.detailType() + ": " + e);
            }
        }
    }
}
