package com.gmpgate.ai.application;

import java.time.Instant;

/** The worker has had today's allowed number of upload grants; the next site day starts at {@code resetsAt}. */
public final class UploadLimitReachedException extends AiException {

    private static final long serialVersionUID = 1L;

    private final int limit;
    private final transient Instant resetsAt;

    public UploadLimitReachedException(int limit, Instant resetsAt) {
        super("daily upload limit " + limit + " reached");
        this.limit = limit;
        this.resetsAt = resetsAt;
    }

    public int limit() {
        return limit;
    }

    public Instant resetsAt() {
        return resetsAt;
    }
}
