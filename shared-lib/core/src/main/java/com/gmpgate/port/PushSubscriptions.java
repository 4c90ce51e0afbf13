package com.gmpgate.port;

import com.gmpgate.domain.notify.PushSubscription;
import java.net.URI;
import java.util.List;

/** The workers' push subscriptions, per worker (one per browser that allowed notifications). */
public interface PushSubscriptions {

    /** Keeps it; the same worker and endpoint again replaces the keys (a browser re-subscribed). */
    void save(PushSubscription subscription);

    List<PushSubscription> ofWorker(String workerId);

    /** Forgetting an unknown one is not an error. */
    void remove(String workerId, URI endpoint);
}
