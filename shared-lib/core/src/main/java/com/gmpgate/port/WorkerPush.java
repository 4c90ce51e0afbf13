package com.gmpgate.port;

import com.gmpgate.domain.notify.PushSubscription;

/** Sends one message to one browser through its push service (Web Push in AWS and locally alike). */
public interface WorkerPush {

    /**
     * @return false when the push service says the subscription is gone (404, 410): the caller forgets it
     * @throws AlertDeliveryException when the message could not be handed over for another reason
     */
    boolean send(PushSubscription subscription, String message);
}
