package com.gmpgate.port;

import com.gmpgate.domain.gate.GateScanned;

/**
 * Where gate scans are announced: EventBridge in AWS, an in-process bus locally. Best effort, as
 * {@link ChecklistEvents}: the access-log entry is the record and is stored before this is called.
 */
public interface GateEvents {

    /** Announces nothing (tools and tests that do not listen). */
    GateEvents NONE = event -> { };

    void publish(GateScanned event);
}
