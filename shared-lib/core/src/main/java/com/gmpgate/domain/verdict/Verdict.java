package com.gmpgate.domain.verdict;

/**
 * The outcome of one screening. Declared from best to worst: when several rules fire, the worst one
 * decides ({@link #worse(Verdict)}), which is what keeps the engine monotonic.
 *
 * <p>ACTION_REQUIRED ranks below PENDING_REVIEW on purpose: a supervisor must never be asked to approve
 * a worker who still has a ring on; the worker fixes that first, answers again, and only then is the
 * remaining question (e.g. a wound photo) put to a human.
 */
public enum Verdict {
    PASS,
    CONDITIONAL_PASS,
    PENDING_REVIEW,
    ACTION_REQUIRED,
    FAIL;

    /** The verdicts that come with a QR pass. */
    public boolean issuesPass() {
        return this == PASS || this == CONDITIONAL_PASS;
    }

    public Verdict worse(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** True when this verdict is at least as good for the worker as {@code other}. */
    public boolean atLeastAsGoodAs(Verdict other) {
        return ordinal() <= other.ordinal();
    }
}
