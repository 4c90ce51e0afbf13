package com.gmpgate.notification.application;

import com.gmpgate.domain.checklist.ChecklistEvaluated;
import com.gmpgate.domain.notify.PushSubscription;
import com.gmpgate.port.PushSubscriptions;
import com.gmpgate.port.WorkerPush;
import java.net.URI;
import java.time.Clock;

/**
 * The worker is told when a supervisor decided their case: a Web Push to every browser of theirs that allowed
 * notifications. The message says which submission and that it was decided — its verdict too, as the worker's own
 * app shows it — never a reason or an answer (a push crosses the browser vendor's push service). A subscription the
 * push service calls gone is forgotten.
 */
public final class WorkerNotices {

    private final PushSubscriptions subscriptions;
    private final WorkerPush push;
    private final Clock clock;

    public WorkerNotices(PushSubscriptions subscriptions, WorkerPush push, Clock clock) {
        this.subscriptions = subscriptions;
        this.push = push;
        this.clock = clock;
    }

    public void subscribe(String workerId, String siteId, URI endpoint, String p256dh, String auth) {
        subscriptions.save(new PushSubscription(workerId, siteId, endpoint, p256dh, auth, clock.instant()));
    }

    public void unsubscribe(String workerId, URI endpoint) {
        subscriptions.remove(workerId, endpoint);
    }

    /** @return how many browsers got it (0 for anything but a review's decision) */
    public int tell(ChecklistEvaluated event) {
        if (event.trigger() != ChecklistEvaluated.Trigger.REVIEW) {
            return 0;
        }
        String message = reviewDecided(event);
        int delivered = 0;
        for (PushSubscription subscription : subscriptions.ofWorker(event.workerId())) {
            if (!subscription.siteId().equals(event.siteId())) {
                continue; // a worker moved to another site: the old site's browsers are not theirs to tell
            }
            if (push.send(subscription, message)) {
                delivered++;
            } else {
                subscriptions.remove(subscription.workerId(), subscription.endpoint());
            }
        }
        return delivered;
    }

    /** The push message (docs/asyncapi.yaml, {@code review.decided}): the service worker shows it and tells the app. */
    static String reviewDecided(ChecklistEvaluated event) {
        return LiveMessages.object(json -> {
            json.writeStringField("type", "review.decided");
            json.writeStringField("submissionId", event.submissionId());
            json.writeStringField("verdict", event.verdict().name());
            json.writeStringField("occurredAt", event.occurredAt().toString());
        });
    }
}
