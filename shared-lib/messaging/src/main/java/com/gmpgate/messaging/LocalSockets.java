package com.gmpgate.messaging;

import com.gmpgate.port.LivePush;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The local runtime's stand-in for API Gateway's management API: local-api's WebSocket server registers each open
 * socket here under its connection id; the fan-out function, running in the same JVM, posts through it. A connection
 * not (or no longer) registered answers as a 410 would.
 */
public final class LocalSockets implements LivePush {

    private static final LocalSockets LOCAL = new LocalSockets();

    /** Sends a text frame; false when the socket has closed. */
    private final Map<String, Predicate<String>> senders = new ConcurrentHashMap<>();

    public static LocalSockets local() {
        return LOCAL;
    }

    public static LocalSockets create() {
        return new LocalSockets();
    }

    private LocalSockets() {
    }

    public void register(String connectionId, Predicate<String> sender) {
        senders.put(connectionId, sender);
    }

    public void unregister(String connectionId) {
        senders.remove(connectionId);
    }

    @Override
    public boolean post(String connectionId, String message) {
        Predicate<String> sender = senders.get(connectionId);
        return sender != null && sender.test(message);
    }
}
