package com.gmpgate.checklist.application;

/** The submission is not waiting for a decision: only PENDING_REVIEW, or a lockout to reinstate, is. */
public final class NotReviewableException extends RuntimeException {

    private final boolean alreadyReviewed;

    public NotReviewableException(String message, boolean alreadyReviewed) {
        super(message);
        this.alreadyReviewed = alreadyReviewed;
    }

    /** A reviewer decided it already (the other reviewer of a race, or a re-sent decision). */
    public boolean alreadyReviewed() {
        return alreadyReviewed;
    }
}
