package com.gmpgate.port;

/** The same client-generated id (clientSubmissionId, scanId) was sent again with a different body. */
public class IdempotencyConflictException extends ConflictException {
    public IdempotencyConflictException(String idName, String id) {
        super(idName + " " + id + " was already used with different content");
    }
}
