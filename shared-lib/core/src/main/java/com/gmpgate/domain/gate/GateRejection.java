package com.gmpgate.domain.gate;

/** Why the gate turned a pass away (DESIGN.md §3), in the order the checks run. */
public enum GateRejection {
    MALFORMED,
    INVALID_SIGNATURE,
    EXPIRED,
    NOT_YET_VALID,
    WRONG_SITE,
    /** A rotating code not signed by the phone the worker registered now (another phone, or a retired one). */
    WRONG_DEVICE,
    /**
     * A rotating code from the worker's registered phone, but the pass is bound to another key (RFC 7800 cnf.jkt:
     * the phone registered when it was issued): a phone registered since cannot pick up the pass.
     */
    PASS_OTHER_DEVICE,
    /** A rotating code whose time step is not within one step of the gate's time: a photographed code. */
    CODE_EXPIRED,
    /** A static pass (the token itself) at a site that accepts only rotating codes. */
    STATIC_NOT_ALLOWED,
    REVOKED,
    ALREADY_INSIDE,
    NOT_INSIDE
}
