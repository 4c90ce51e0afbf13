package com.gmpgate.domain.gate;

/** Why the gate turned a pass away (DESIGN.md §3), in the order the checks run. */
public enum GateRejection {
    MALFORMED,
    INVALID_SIGNATURE,
    EXPIRED,
    NOT_YET_VALID,
    WRONG_SITE,
    REVOKED,
    ALREADY_INSIDE,
    NOT_INSIDE
}
