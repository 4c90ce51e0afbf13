package com.gmpgate.port;

import java.time.Instant;

/**
 * Makes a side effect (an alert, a push) happen once per key although its trigger arrives more than once
 * (EventBridge and Lambda's asynchronous invocation deliver at least once). The same shape as Powertools'
 * idempotency: a conditional claim that marks the key in progress, then completed; a failed attempt releases it so
 * the retry can try again; a claim whose holder died lapses after a while.
 */
public interface DeliveryLedger {

    /** @return true if the caller should do the work now; false when it is done or under way elsewhere */
    boolean claim(String key, Instant now);

    /** The work is done: later claims of the key are refused until the record expires. */
    void complete(String key, Instant now);

    /** The work failed: the next claim of the key succeeds. */
    void release(String key);
}
