package com.gmpgate.ai.application;

import java.time.Instant;

/** The worker has started today's allowed number of analyses; the next site day starts at {@code resetsAt}. */
public final class AnalysisLimitReachedException extends AiException {

    private static final long serialVersionUID = 1L;

    private final int limit;
    private final transient Instant resetsAt;

    public AnalysisLimitReachedException(int limit, Instant resetsAt) {
        super("daily analysis limit " + limit + " reached");
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
