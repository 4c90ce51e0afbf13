package com.gmpgate.port;

import com.gmpgate.domain.checklist.ChecklistEvaluated;

/**
 * Where checklist decisions are announced: EventBridge in AWS, an in-process bus locally.
 *
 * <p>Best effort by contract: the submission or review is the record and is already stored when this is called,
 * so an adapter that cannot deliver logs the failure and returns, rather than failing a request whose effect has
 * happened. Listeners must tolerate a duplicate (delivery is at least once wherever the bus retries) and read the
 * submission itself for anything beyond ids and verdict.
 */
public interface ChecklistEvents {

    void publish(ChecklistEvaluated event);
}
