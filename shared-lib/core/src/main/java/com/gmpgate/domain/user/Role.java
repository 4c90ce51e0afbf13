package com.gmpgate.domain.user;

public enum Role {
    WORKER,
    ADMIN,
    /**
     * A gate device or its guard: scans passes, records manual entries and one-tap corrections at its own site's
     * gates and sees that site's recent scans; nothing else (no workers' records, no user management), so an
     * unattended gate tablet exposes no more than the gate.
     */
    GATE
}
