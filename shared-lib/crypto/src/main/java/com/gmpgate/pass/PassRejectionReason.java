package com.gmpgate.pass;

/**
 * Why a token is not a valid pass, as far as the token itself can tell. Revocation and anti-passback
 * (REVOKED, ALREADY_INSIDE, NOT_INSIDE) need state and belong to the gate.
 */
public enum PassRejectionReason {
    /** Not a well-formed pass token: structure, encoding, JSON, or a required claim missing or mistyped. */
    MALFORMED,
    /** Not signed by a key we trust, with the header we pin, for the issuer we expect. */
    INVALID_SIGNATURE,
    EXPIRED,
    NOT_YET_VALID,
    /** Genuine, but for another site. */
    WRONG_SITE
}
